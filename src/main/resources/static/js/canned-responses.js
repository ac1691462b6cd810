// Canned responses on the agent's ticket page: the search narrows the list as one types, and
// "Insert" puts the response (filled in for this ticket on the server) into the reply box at the
// cursor. Without this script the same form works by reloading the page.
(function () {
  'use strict';

  var form = document.querySelector('form[data-canned-url]');
  if (!form) {
    return;
  }
  var search = form.querySelector('[data-canned-search]');
  var select = form.querySelector('[data-canned-select]');
  var reply = document.getElementById('body');
  var all = Array.prototype.slice.call(select.options).map(function (o) {
    return { value: o.value, text: o.text };
  });

  function narrow() {
    var words = search.value.trim().toLowerCase();
    select.innerHTML = '';
    all.filter(function (o) {
      return o.text.toLowerCase().indexOf(words) >= 0;
    }).forEach(function (o) {
      var option = document.createElement('option');
      option.value = o.value;
      option.textContent = o.text;
      select.appendChild(option);
    });
  }

  // into the reply at the caret: the rich-text editor or atende.js takes it
  function insert(text) {
    if (reply) {
      reply.dispatchEvent(new CustomEvent('atende:insert', { detail: { text: text }, bubbles: true, cancelable: true }));
    }
  }

  search.addEventListener('input', narrow);
  search.addEventListener('keydown', function (event) {
    if (event.key === 'Enter') {
      event.preventDefault(); // the list narrows as one types; Enter need not reload the page
    }
  });
  form.addEventListener('submit', function (event) {
    if (event.submitter && event.submitter.hasAttribute('data-canned-find')) {
      event.preventDefault();
      narrow();
      return;
    }
    if (!select.value || !reply) {
      return;
    }
    event.preventDefault();
    fetch(form.getAttribute('data-canned-url') + encodeURIComponent(select.value), {
      headers: { 'Accept': 'application/json' },
      credentials: 'same-origin'
    }).then(function (response) {
      if (!response.ok) {
        throw new Error(String(response.status));
      }
      return response.json();
    }).then(function (json) {
      insert(json.body);
    }).catch(function () {
      form.submit(); // fall back to the plain form
    });
  });
})();
