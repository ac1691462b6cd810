// Live article suggestions while a customer types the subject of a new request. Links open the
// article in the help center in a new tab, carrying the form's draft key, so that reading one
// and then not sending the request counts as a request the knowledge base answered.
(function () {
  'use strict';

  var box = document.querySelector('[data-kb-suggest]');
  var subject = document.getElementById('subject');
  var draft = document.querySelector('[data-kb-draft]');
  if (!box || !subject) {
    return;
  }
  var list = box.querySelector('ul');
  var timer = null;
  var last = '';
  var pending = null;

  function show(items) {
    list.innerHTML = '';
    items.forEach(function (item) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      var url = item.url + (draft && draft.value ? '?draft=' + encodeURIComponent(draft.value) : '');
      a.href = url;
      a.target = '_blank';
      a.rel = 'noopener';
      a.innerHTML = item.title; // escaped by the server, only <mark> added
      li.appendChild(a);
      list.appendChild(li);
    });
    box.hidden = items.length === 0;
  }

  function ask() {
    var words = subject.value.trim();
    if (words.length < 3) {
      show([]);
      last = words;
      return;
    }
    if (words === last) {
      return;
    }
    last = words;
    if (pending && pending.abort) {
      pending.abort();
    }
    pending = window.AbortController ? new AbortController() : null;
    var url = box.getAttribute('data-kb-url') + '?q=' + encodeURIComponent(subject.value.slice(0, 200)) +
      '&locale=' + encodeURIComponent(box.getAttribute('data-kb-locale') || '');
    fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'omit', signal: pending ? pending.signal : undefined })
      .then(function (response) { return response.ok ? response.json() : []; })
      .then(show)
      .catch(function () { /* suggestions are a help, never an obstacle */ });
  }

  subject.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(ask, 300);
  });
})();
