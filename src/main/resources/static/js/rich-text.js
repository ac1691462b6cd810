// A small rich-text editor without any library, for knowledge-base articles and ticket replies.
// The textarea stays the form field (and the fallback without script): this puts an editable area
// and a toolbar in front of it and copies the HTML back before the form is sent. The server
// sanitizes whatever arrives, so nothing here is a security boundary.
//
//   <div data-rich-toolbar="body" hidden>...<button type="button" data-cmd="bold">...</div>
//   <textarea id="body" data-rich-text="css classes of the area">
//   <input type="hidden" name="format" value="text">   (replies: says "html" once the editor runs)
//
// Other scripts put text into the reply at the caret by dispatching "atende:insert" (detail.text)
// on the textarea; the editor takes it while it shows, atende.js otherwise.
(function () {
  'use strict';

  if (!document.execCommand) {
    return;
  }
  // Enter starts a paragraph (<p>), which mail clients show as one, rather than a <div>
  document.execCommand('defaultParagraphSeparator', false, 'p');
  Array.prototype.forEach.call(document.querySelectorAll('textarea[data-rich-text]'), attach);

  function meta(name) {
    var element = document.querySelector('meta[name="' + name + '"]');
    return element ? element.getAttribute('content') : null;
  }

  function safeUrl(url) {
    return /^(https?:\/\/|mailto:|\/|#)/i.test(url);
  }

  function escapeHtml(text) {
    var div = document.createElement('div');
    div.textContent = text;
    return div.innerHTML;
  }

  // plain text as HTML: lines kept
  function textToHtml(text) {
    return escapeHtml(text).replace(/\r?\n/g, '<br>');
  }

  function attach(source) {
    var toolbar = document.querySelector('[data-rich-toolbar="' + source.id + '"]');
    if (!toolbar) {
      return;
    }
    var form = source.form;
    var format = form.querySelector('input[name="format"]');
    var area = document.createElement('div');
    area.className = source.getAttribute('data-rich-text');
    area.contentEditable = 'true';
    area.setAttribute('data-rich-for', source.id);
    area.setAttribute('role', 'textbox');
    area.setAttribute('aria-multiline', 'true');
    var label = document.querySelector('label[for="' + source.id + '"]');
    if (label) {
      label.id = label.id || source.id + '-label';
      area.setAttribute('aria-labelledby', label.id);
      // a click on the label goes to what is shown
      label.addEventListener('click', function (event) {
        if (!area.hidden) {
          event.preventDefault();
          area.focus();
        }
      });
    }
    ['aria-invalid', 'aria-describedby'].forEach(function (name) {
      if (source.getAttribute(name)) {
        area.setAttribute(name, source.getAttribute(name));
      }
    });
    area.innerHTML = format && format.value !== 'html' ? textToHtml(source.value) : source.value;
    if (format) {
      format.value = 'html';
    }
    source.parentNode.insertBefore(area, source);
    source.hidden = true;
    toolbar.hidden = false;
    var showingSource = false;
    var imageInput = toolbar.querySelector('[data-rich-image]');
    var lastRange = null;

    // where the caret was in the area, so that a button elsewhere inserts there
    document.addEventListener('selectionchange', function () {
      var selection = window.getSelection();
      if (selection.rangeCount && area.contains(selection.anchorNode)) {
        lastRange = selection.getRangeAt(0).cloneRange();
      }
    });

    function focusAtCaret() {
      area.focus();
      var selection = window.getSelection();
      if (lastRange && area.contains(lastRange.startContainer)) {
        selection.removeAllRanges();
        selection.addRange(lastRange);
      } else if (!selection.rangeCount || !area.contains(selection.anchorNode)) {
        var end = document.createRange();
        end.selectNodeContents(area);
        end.collapse(false);
        selection.removeAllRanges();
        selection.addRange(end);
      }
    }

    function run(command) {
      focusAtCaret();
      switch (command) {
        case 'h2':
        case 'h3':
        case 'blockquote':
          document.execCommand('formatBlock', false, command);
          break;
        case 'code': {
          var selected = window.getSelection().toString();
          if (selected.indexOf('\n') >= 0) {
            document.execCommand('formatBlock', false, 'pre');
          } else {
            var code = document.createElement('code');
            code.textContent = selected || 'code';
            document.execCommand('insertHTML', false, code.outerHTML);
          }
          break;
        }
        case 'link': {
          var url = window.prompt(toolbar.getAttribute('data-link-prompt'), 'https://');
          if (url && safeUrl(url.trim())) {
            document.execCommand('createLink', false, url.trim());
          }
          break;
        }
        case 'image':
          imageInput.click();
          break;
        case 'source':
          toggleSource();
          break;
        default:
          document.execCommand(command, false, null);
      }
      sync();
    }

    function sync() {
      if (!showingSource) {
        source.value = area.innerHTML;
      }
    }

    function toggleSource() {
      if (showingSource) {
        area.innerHTML = source.value;
      } else {
        source.value = area.innerHTML;
      }
      showingSource = !showingSource;
      source.hidden = !showingSource;
      area.hidden = showingSource;
    }

    toolbar.addEventListener('click', function (event) {
      var button = event.target.closest('button[data-cmd]');
      if (button) {
        event.preventDefault();
        run(button.getAttribute('data-cmd'));
      }
    });
    // the toolbar is one tab stop; arrows move between its buttons (the ARIA toolbar pattern)
    var buttons = Array.prototype.slice.call(toolbar.querySelectorAll('button[data-cmd]'));
    buttons.forEach(function (button, i) {
      button.tabIndex = i === 0 ? 0 : -1;
    });
    toolbar.addEventListener('keydown', function (event) {
      var at = buttons.indexOf(document.activeElement);
      if (at < 0 || (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft')) {
        return;
      }
      event.preventDefault();
      var next = buttons[(at + (event.key === 'ArrowRight' ? 1 : buttons.length - 1)) % buttons.length];
      buttons[at].tabIndex = -1;
      next.tabIndex = 0;
      next.focus();
    });

    area.addEventListener('input', sync);

    source.addEventListener('atende:insert', function (event) {
      if (showingSource) {
        return; // atende.js puts it into the visible HTML source
      }
      event.preventDefault();
      focusAtCaret();
      document.execCommand('insertHTML', false, textToHtml(event.detail.text));
      sync();
    });

    if (imageInput) {
      imageInput.addEventListener('change', function () {
        var file = imageInput.files && imageInput.files[0];
        if (!file) {
          return;
        }
        var data = new FormData();
        data.append('file', file);
        var headers = { 'Accept': 'application/json' };
        if (meta('_csrf_header')) {
          headers[meta('_csrf_header')] = meta('_csrf');
        }
        fetch(toolbar.getAttribute('data-upload-url'), { method: 'POST', body: data, headers: headers, credentials: 'same-origin' })
          .then(function (response) {
            if (!response.ok) {
              throw new Error(String(response.status));
            }
            return response.json();
          })
          .then(function (json) {
            var img = document.createElement('img');
            img.src = json.url;
            img.alt = json.fileName;
            focusAtCaret();
            document.execCommand('insertHTML', false, img.outerHTML);
            sync();
          })
          .catch(function () {
            window.alert(toolbar.getAttribute('data-upload-failed'));
          })
          .then(function () {
            imageInput.value = '';
          });
      });
    }

    form.addEventListener('submit', sync);
  }
})();
