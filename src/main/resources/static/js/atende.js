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
        var editor = document.querySelector('[data-rich-for="body"]');
        (editor && !editor.hidden ? editor : reply).focus();
        event.preventDefault();
      }
    }
  });

  // Ctrl+Enter (Cmd+Enter) in a reply sends it
  document.addEventListener('keydown', function (event) {
    var target = event.target;
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || !target || !target.closest) {
      return;
    }
    var form = target.closest('form.reply-form');
    if (form && (target.tagName === 'TEXTAREA' || target.isContentEditable) && form.requestSubmit) {
      event.preventDefault();
      form.requestSubmit();
    }
  });

  // Text other scripts put into a reply box (canned responses, knowledge-base articles) arrives as
  // "atende:insert" on its textarea; the rich-text editor takes it when it shows, else it goes in
  // here at the caret.
  document.addEventListener('atende:insert', function (event) {
    var box = event.target;
    if (event.defaultPrevented || box.tagName !== 'TEXTAREA') {
      return;
    }
    var text = event.detail.text;
    var start = box.selectionStart || 0;
    var end = box.selectionEnd || 0;
    box.value = box.value.slice(0, start) + text + box.value.slice(end);
    box.focus();
    box.selectionStart = box.selectionEnd = start + text.length;
    box.dispatchEvent(new Event('input', { bubbles: true }));
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

// Forms. Bulk actions on a queue: "select all" checks every ticket of the page (and shows as mixed
// when only some are); the count of checked tickets is announced beside the actions. Attachments:
// files dropped on a form or pasted into its message join its file field ([data-drop-files]),
// listed with a button to take each out again.
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
      count.textContent = choiceLabel(count.dataset.template, checked);
    }
  }

  // The message is a MessageFormat choice ("0#none|1#one|1<{0} many"): pick the branch by hand.
  function choiceLabel(template, n) {
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

  function fileField(element) {
    var form = element && element.closest ? element.closest('form') : null;
    return form ? form.querySelector('input[type="file"][data-drop-files]') : null;
  }

  function carriesFiles(event) {
    return event.dataTransfer && Array.prototype.indexOf.call(event.dataTransfer.types, 'Files') >= 0;
  }

  // a pasted screenshot is "image.png" each time: give it a name of its own
  function named(file) {
    if (!/^image\.\w+$/.test(file.name)) {
      return file;
    }
    var stamp = new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
    return new File([file], 'pasted-' + stamp + file.name.slice(5), { type: file.type });
  }

  function setFiles(input, files) {
    var all = new DataTransfer();
    files.forEach(function (file) { all.items.add(file); });
    input.files = all.files;
    listFiles(input);
  }

  function addFiles(input, files) {
    setFiles(input, Array.prototype.slice.call(input.files).concat(Array.prototype.map.call(files, named)));
  }

  function size(bytes) {
    var lang = document.documentElement.lang || undefined;
    if (bytes < 1024) {
      return bytes + ' B';
    }
    return bytes < 1024 * 1024
      ? Math.round(bytes / 1024).toLocaleString(lang) + ' KB'
      : (bytes / (1024 * 1024)).toLocaleString(lang, { maximumFractionDigits: 1 }) + ' MB';
  }

  function listFiles(input) {
    var list = input.parentNode.querySelector('[data-file-list]');
    var status = input.parentNode.querySelector('[data-file-status]');
    if (!list) {
      return;
    }
    var files = Array.prototype.slice.call(input.files);
    list.innerHTML = '';
    files.forEach(function (file, i) {
      var item = document.createElement('li');
      item.appendChild(document.createTextNode(file.name + ' (' + size(file.size) + ') '));
      var remove = document.createElement('button');
      remove.type = 'button';
      remove.className = 'btn btn-small';
      remove.textContent = '×';
      remove.setAttribute('aria-label', input.getAttribute('data-remove').replace('{0}', file.name));
      remove.addEventListener('click', function () {
        setFiles(input, files.filter(function (other, j) { return j !== i; }));
        input.focus();
      });
      item.appendChild(remove);
      list.appendChild(item);
    });
    list.hidden = files.length === 0;
    if (status) {
      status.textContent = choiceLabel(input.getAttribute('data-chosen'), files.length);
    }
  }

  Array.prototype.forEach.call(document.querySelectorAll('[data-drop-hint]'), function (hint) {
    hint.hidden = false; // dropping and pasting need this script
  });
  document.addEventListener('change', function (event) {
    if (event.target.matches && event.target.matches('input[data-drop-files]')) {
      listFiles(event.target);
    }
  });
  document.addEventListener('dragover', function (event) {
    if (!carriesFiles(event) || !document.querySelector('[data-drop-files]')) {
      return;
    }
    event.preventDefault(); // a file let go anywhere on such a page must not replace the page
    var input = fileField(event.target);
    event.dataTransfer.dropEffect = input ? 'copy' : 'none';
    if (input) {
      input.form.classList.add('dropping');
    }
  });
  document.addEventListener('dragleave', function (event) {
    var input = fileField(event.target);
    if (input && !input.form.contains(event.relatedTarget)) {
      input.form.classList.remove('dropping');
    }
  });
  document.addEventListener('drop', function (event) {
    if (!carriesFiles(event) || !document.querySelector('[data-drop-files]')) {
      return;
    }
    event.preventDefault();
    var input = fileField(event.target);
    if (input) {
      input.form.classList.remove('dropping');
      addFiles(input, event.dataTransfer.files);
    }
  });
  document.addEventListener('paste', function (event) {
    var input = fileField(event.target);
    var files = event.clipboardData && event.clipboardData.files;
    if (input && files && files.length) {
      event.preventDefault(); // the file is attached, not pasted into the text
      addFiles(input, files);
    }
  });
})();
