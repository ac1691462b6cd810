// A small rich-text editor for knowledge-base articles, without any library: the HTML textarea
// stays the form field (and the fallback without script); this puts an editable area and a
// toolbar in front of it and copies the HTML back before the form is sent. The server
// sanitizes whatever arrives, so nothing here is a security boundary.
(function () {
  'use strict';

  var source = document.querySelector('textarea[data-kb-editor]');
  var toolbar = document.querySelector('[data-kb-toolbar]');
  if (!source || !toolbar || !document.execCommand) {
    return;
  }
  var form = source.form;
  var area = document.createElement('div');
  area.className = 'kb-editable help-body';
  area.contentEditable = 'true';
  area.setAttribute('role', 'textbox');
  area.setAttribute('aria-multiline', 'true');
  area.setAttribute('aria-labelledby', source.id + '-label');
  var label = document.querySelector('label[for="' + source.id + '"]');
  if (label) {
    label.id = source.id + '-label';
  }
  area.innerHTML = source.value;
  source.parentNode.insertBefore(area, source);
  source.hidden = true;
  toolbar.hidden = false;
  var showingSource = false;
  var imageInput = toolbar.querySelector('[data-kb-image]');

  function meta(name) {
    var element = document.querySelector('meta[name="' + name + '"]');
    return element ? element.getAttribute('content') : null;
  }

  function safeUrl(url) {
    return /^(https?:\/\/|mailto:|\/|#)/i.test(url);
  }

  function run(command) {
    area.focus();
    switch (command) {
      case 'h2':
      case 'h3':
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
        area.focus();
        document.execCommand('insertHTML', false, img.outerHTML);
      })
      .catch(function () {
        window.alert(toolbar.getAttribute('data-upload-failed'));
      })
      .then(function () {
        imageInput.value = '';
      });
  });

  form.addEventListener('submit', function () {
    if (!showingSource) {
      source.value = area.innerHTML;
    }
  });
})();
