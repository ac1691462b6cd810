// Atende's only script (the CSP allows no inline code). Loaded with defer on every page.
(function () {
  'use strict';

  function meta(name) {
    var element = document.querySelector('meta[name="' + name + '"]');
    return element ? element.getAttribute('content') : null;
  }

  // htmx requests other than GET carry the CSRF token, as forms do with their hidden field.
  document.addEventListener('htmx:configRequest', function (event) {
    var token = meta('_csrf');
    var header = meta('_csrf_header');
    if (token && header && event.detail.verb !== 'get') {
      event.detail.headers[header] = token;
    }
  });

  // data-confirm="Question?" on a form (asked on submit) or on a link/button (asked on click).
  document.addEventListener('submit', function (event) {
    var form = event.target;
    var question = form.getAttribute && form.getAttribute('data-confirm');
    var submitter = event.submitter;
    if (!question && submitter) {
      question = submitter.getAttribute('data-confirm');
    }
    if (question && !window.confirm(question)) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  }, true);

  document.addEventListener('click', function (event) {
    var target = event.target.closest ? event.target.closest('a[data-confirm], button[data-confirm]') : null;
    if (!target || (target.tagName === 'BUTTON' && target.form && target.type !== 'button')) {
      return; // submit buttons are asked once, on submit
    }
    if (!window.confirm(target.getAttribute('data-confirm'))) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  }, true);
  // Keyboard shortcuts (listed in the dialog behind "?", see web/layout.html). Keys typed into a
  // field are the field's; with Ctrl, Alt or Meta they are the browser's.
  var pendingG = false;
  document.addEventListener('keydown', function (event) {
    var target = event.target;
    var typing = target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    if (typing || event.ctrlKey || event.altKey || event.metaKey) {
      return;
    }
    var dialog = document.getElementById('shortcuts');
    var key = event.key;
    if (pendingG) {
      pendingG = false;
      if (key === 'q' && document.querySelector('.nav a[href="/agent"]')) {
        location.href = '/agent';
        event.preventDefault();
      }
      return;
    }
    if (key === '?' && dialog) {
      dialog.showModal();
      event.preventDefault();
    } else if (key === '/') {
      var search = document.getElementById('topbar-q');
      if (search) {
        search.focus();
        event.preventDefault();
      }
    } else if (key === 'g') {
      pendingG = true;
      setTimeout(function () { pendingG = false; }, 1500);
    } else if (key === 'c' && document.querySelector('.nav a[href="/agent"]')) {
      location.href = '/agent/tickets/new';
    } else if (key === 'j' || key === 'k') {
      moveSelection(key === 'j' ? 1 : -1) && event.preventDefault();
    } else if (key === 'o') {
      var selected = document.querySelector('tr.selected a');
      if (selected) {
        selected.click();
      }
    } else if (key === 'r' || key === 'n') {
      var reply = document.getElementById('body');
      var note = document.getElementById('internal');
      if (reply) {
        if (note) {
          note.checked = key === 'n';
        }
        reply.focus();
        event.preventDefault();
      }
    }
  });

  // j/k in a queue: the selected row is marked and its link focused (Enter then opens it)
  function moveSelection(step) {
    var rows = Array.prototype.slice.call(document.querySelectorAll('.table tbody tr'));
    if (!rows.length) {
      return false;
    }
    var current = rows.findIndex(function (row) { return row.classList.contains('selected'); });
    var next = Math.max(0, Math.min(rows.length - 1, current < 0 ? 0 : current + step));
    rows.forEach(function (row) { row.classList.remove('selected'); });
    rows[next].classList.add('selected');
    var link = rows[next].querySelector('a');
    if (link) {
      link.focus();
    }
    return true;
  }
})();

// Bulk actions on a queue: "select all" checks every ticket of the page (and shows as mixed when
// only some are); the count of checked tickets is announced beside the actions.
(function () {
  'use strict';

  function update(form) {
    var boxes = Array.prototype.slice.call(form.querySelectorAll('input[name="ids"]'));
    var checked = boxes.filter(function (b) { return b.checked; }).length;
    var all = form.querySelector('[data-select-all]');
    if (all) {
      all.checked = checked > 0 && checked === boxes.length;
      all.indeterminate = checked > 0 && checked < boxes.length;
    }
    var count = form.querySelector('[data-bulk-count]');
    if (count && count.dataset.template) {
      count.textContent = bulkLabel(count.dataset.template, checked);
    }
  }

  // The message is a MessageFormat choice ("0#none|1#one|1<{0} many"): pick the branch by hand.
  function bulkLabel(template, n) {
    var body = template.replace(/^\{0,choice,/, '').replace(/\}$/, '');
    var chosen = body;
    body.split('|').forEach(function (branch) {
      var m = branch.match(/^(\d+)([#<])(.*)$/);
      if (m && (m[2] === '#' ? n >= Number(m[1]) : n > Number(m[1]))) {
        chosen = m[3];
      }
    });
    return chosen.replace(/\{0[^}]*\}/, String(n));
  }

  document.addEventListener('change', function (event) {
    var form = event.target.closest && event.target.closest('.bulk-form');
    if (!form) {
      return;
    }
    if (event.target.matches('[data-select-all]')) {
      form.querySelectorAll('input[name="ids"]').forEach(function (box) { box.checked = event.target.checked; });
    }
    update(form);
  });
})();
