// The knowledge-base panel on the agent's ticket page: finds articles and inserts a link to one
// (public articles) or its text into the reply box at the cursor. Without this script the search
// form opens the help center's search page instead.
(function () {
  'use strict';

  var form = document.querySelector('form[data-kb-lookup]');
  if (!form) {
    return;
  }
  var results = form.parentNode.querySelector('.kb-lookup-results');
  var reply = document.getElementById('body');

  // into the reply at the caret: the rich-text editor or atende.js takes it
  function insert(text) {
    if (reply) {
      reply.dispatchEvent(new CustomEvent('atende:insert', { detail: { text: text }, bubbles: true, cancelable: true }));
    }
  }

  function button(label, action) {
    var b = document.createElement('button');
    b.type = 'button';
    b.className = 'btn btn-small';
    b.textContent = label;
    b.addEventListener('click', action);
    return b;
  }

  function show(items) {
    results.innerHTML = '';
    if (!items.length) {
      var none = document.createElement('li');
      none.className = 'muted';
      none.textContent = form.getAttribute('data-nothing');
      results.appendChild(none);
      return;
    }
    items.forEach(function (item) {
      var li = document.createElement('li');
      var title = document.createElement('p');
      title.innerHTML = item.title; // escaped by the server, only <mark> added
      if (item.visibility === 'internal') {
        var badge = document.createElement('span');
        badge.className = 'badge';
        badge.textContent = form.getAttribute('data-internal');
        title.appendChild(document.createTextNode(' '));
        title.appendChild(badge);
      }
      li.appendChild(title);
      if (item.link) {
        li.appendChild(button(form.getAttribute('data-insert-link'), function () {
          insert(item.title.replace(/<\/?mark>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<')
            .replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'") + ': ' + item.link);
        }));
      }
      li.appendChild(button(form.getAttribute('data-insert-text'), function () {
        insert(item.text);
      }));
      results.appendChild(li);
    });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var q = form.querySelector('input[name="q"]').value.trim();
    if (!q) {
      return;
    }
    fetch(form.getAttribute('data-kb-lookup') + '?q=' + encodeURIComponent(q.slice(0, 200)), {
      headers: { 'Accept': 'application/json' },
      credentials: 'same-origin'
    }).then(function (response) {
      return response.ok ? response.json() : [];
    }).then(show).catch(function () {
      form.submit();
    });
  });
})();
