// Mentions in the note editor (see dev.atende.notification): a textarea with [data-mentions]
// (the URL that suggests colleagues for this ticket) offers, as one types @ and the start of a
// name, the colleagues who may see the ticket; arrows, Enter or Tab, or a click pick one and
// "@handle " replaces what was typed. Only while the internal-note box is checked: only notes
// notify. Without this script one simply types @handle. It works in the plain textarea and in the
// rich-text editor's area in front of it (rich-text.js). The bell's count lives in live.js.
(function () {
  'use strict';

  var box = document.querySelector('textarea[data-mentions]');
  if (!box || !window.fetch) {
    return;
  }
  var url = box.getAttribute('data-mentions');
  var note = box.form ? box.form.querySelector('input[name=internal]') : null;
  var TYPED = /(^|[^\p{L}\p{N}._+-])@([\p{L}\p{N}._+-]{0,64})$/u;

  var list = document.createElement('ul');
  list.id = 'mention-list';
  list.className = 'mention-list';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', box.getAttribute('data-mentions-label') || '');
  list.hidden = true;
  box.insertAdjacentElement('afterend', list);
  box.setAttribute('aria-autocomplete', 'list');
  box.setAttribute('aria-controls', list.id);

  var people = [];
  var active = -1;
  var typed = null; // {start, end} of "@start" before the caret (and its text node in the rich area)
  var timer = null;
  var asked = 0;

  // what the agent types in: the rich-text area when the editor shows, else the textarea
  function editor() {
    var rich = document.querySelector('[data-rich-for="' + box.id + '"]');
    return rich && !rich.hidden ? rich : box;
  }

  function close() {
    list.hidden = true;
    people = [];
    active = -1;
    editor().removeAttribute('aria-activedescendant');
  }

  // the text before the caret, as {text, node} (node: the rich area's text node), or null
  function beforeCaret(field) {
    if (field === box) {
      return { text: box.value.slice(0, box.selectionStart), node: null };
    }
    var selection = window.getSelection();
    var node = selection.rangeCount ? selection.anchorNode : null;
    if (!node || node.nodeType !== Node.TEXT_NODE || !field.contains(node) || !selection.isCollapsed) {
      return null;
    }
    return { text: node.textContent.slice(0, selection.anchorOffset), node: node };
  }

  function render() {
    list.textContent = '';
    people.forEach(function (person, i) {
      var item = document.createElement('li');
      item.id = 'mention-' + person.id;
      item.setAttribute('role', 'option');
      item.setAttribute('aria-selected', i === active ? 'true' : 'false');
      item.className = i === active ? 'active' : '';
      var name = document.createElement('span');
      name.textContent = person.name;
      var handle = document.createElement('span');
      handle.className = 'muted';
      handle.textContent = ' @' + person.handle;
      item.appendChild(name);
      item.appendChild(handle);
      item.addEventListener('mousedown', function (event) {
        event.preventDefault(); // the textarea keeps the focus
        pick(person);
      });
      list.appendChild(item);
    });
    list.hidden = people.length === 0;
    if (active >= 0 && people[active]) {
      editor().setAttribute('aria-activedescendant', 'mention-' + people[active].id);
    } else {
      editor().removeAttribute('aria-activedescendant');
    }
  }

  function pick(person) {
    if (!typed) {
      return;
    }
    var text = '@' + person.handle + ' ';
    var field = editor();
    if (typed.node) {
      var range = document.createRange();
      range.setStart(typed.node, typed.start);
      range.setEnd(typed.node, Math.min(typed.end, typed.node.length));
      var selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      field.focus();
      document.execCommand('insertText', false, text); // keeps the editor's undo
    } else {
      box.value = box.value.slice(0, typed.start) + text + box.value.slice(typed.end);
      box.selectionStart = box.selectionEnd = typed.start + text.length;
      box.focus();
      box.dispatchEvent(new Event('input', {bubbles: true}));
    }
    close();
  }

  function look() {
    if (note && !note.checked) {
      close();
      return;
    }
    var field = editor();
    field.setAttribute('aria-autocomplete', 'list');
    field.setAttribute('aria-controls', list.id);
    var before = beforeCaret(field);
    var match = before && TYPED.exec(before.text);
    if (!match) {
      typed = null;
      close();
      return;
    }
    var caret = before.text.length;
    typed = {start: caret - match[2].length - 1, end: caret, node: before.node};
    var query = match[2];
    var mine = ++asked;
    clearTimeout(timer);
    timer = setTimeout(function () {
      fetch(url + '?q=' + encodeURIComponent(query), {headers: {'Accept': 'application/json'},
        credentials: 'same-origin'})
        .then(function (response) { return response.ok ? response.json() : []; })
        .then(function (found) {
          if (mine !== asked) {
            return; // an older answer; the person kept typing
          }
          people = found;
          active = found.length ? 0 : -1;
          render();
        })
        .catch(close);
    }, 150);
  }

  function typing(event) {
    return event.target === box || event.target === editor();
  }

  document.addEventListener('input', function (event) {
    if (typing(event)) {
      look();
    }
  });
  document.addEventListener('click', function (event) {
    if (typing(event)) {
      look();
    }
  });
  document.addEventListener('focusout', function (event) {
    if (typing(event)) {
      setTimeout(close, 150);
    }
  });
  // captured, so that Enter picks a colleague before anything else hears it (Ctrl+Enter sends)
  document.addEventListener('keydown', function (event) {
    if (list.hidden || !typing(event)) {
      return;
    }
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      var step = event.key === 'ArrowDown' ? 1 : -1;
      active = (active + step + people.length) % people.length;
      render();
    } else if ((event.key === 'Enter' || event.key === 'Tab') && active >= 0) {
      event.preventDefault();
      pick(people[active]);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  }, true);
})();
