// Mentions in the note editor (see dev.atende.notification): a textarea with [data-mentions]
// (the URL that suggests colleagues for this ticket) offers, as one types @ and the start of a
// name, the colleagues who may see the ticket; arrows, Enter or Tab, or a click pick one and
// "@handle " replaces what was typed. Only while the internal-note box is checked: only notes
// notify. Without this script one simply types @handle. The bell's count lives in live.js.
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
  var typed = null; // {start, end} of "@start" before the caret
  var timer = null;
  var asked = 0;

  function close() {
    list.hidden = true;
    people = [];
    active = -1;
    box.removeAttribute('aria-activedescendant');
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
      box.setAttribute('aria-activedescendant', 'mention-' + people[active].id);
    } else {
      box.removeAttribute('aria-activedescendant');
    }
  }

  function pick(person) {
    if (!typed) {
      return;
    }
    var text = '@' + person.handle + ' ';
    box.value = box.value.slice(0, typed.start) + text + box.value.slice(typed.end);
    box.selectionStart = box.selectionEnd = typed.start + text.length;
    box.focus();
    close();
    box.dispatchEvent(new Event('input', {bubbles: true}));
  }

  function look() {
    if (note && !note.checked) {
      close();
      return;
    }
    var caret = box.selectionStart;
    var match = TYPED.exec(box.value.slice(0, caret));
    if (!match) {
      typed = null;
      close();
      return;
    }
    typed = {start: caret - match[2].length - 1, end: caret};
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

  box.addEventListener('input', look);
  box.addEventListener('click', look);
  box.addEventListener('blur', function () { setTimeout(close, 150); });
  box.addEventListener('keydown', function (event) {
    if (list.hidden) {
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
  });
})();
