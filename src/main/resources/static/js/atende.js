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
})();
