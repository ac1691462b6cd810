// Live updates (see dev.atende.live): STOMP over WebSocket, the few frames it needs spoken by
// hand, no library. A page opts in with an element [data-live] that carries what to follow and
// the texts to show (from the message bundles); nothing here holds user-facing words.
(function () {
  'use strict';

  var root = document.querySelector('[data-live]');
  // the bell in the top bar of staff pages: its person's own notices (see dev.atende.notification)
  var bell = document.querySelector('[data-notifications]');
  if ((!root && !bell) || !('WebSocket' in window)) {
    return;
  }

  var HEARTBEAT = 20000;
  var PRESENCE_EVERY = 20000;
  var PRESENCE_FORGET = 50000;
  var TYPING_IDLE = 6000;

  // --- a minimal STOMP 1.2 client

  function Connection(onReady) {
    this.subscriptions = {};
    this.nextId = 0;
    this.onReady = onReady;
    this.backoff = 1000;
    this.open();
  }

  Connection.prototype.open = function () {
    var self = this;
    var scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
    var socket = new WebSocket(scheme + location.host + '/ws');
    var buffer = '';
    self.socket = socket;
    self.connected = false;
    socket.onopen = function () {
      self.frame('CONNECT', {'accept-version': '1.2', 'host': location.hostname,
        'heart-beat': HEARTBEAT + ',' + HEARTBEAT});
    };
    socket.onmessage = function (event) {
      buffer += event.data;
      var end;
      while ((end = buffer.indexOf('\0')) >= 0) {
        self.receive(buffer.substring(0, end));
        buffer = buffer.substring(end + 1);
      }
    };
    socket.onclose = function () {
      self.connected = false;
      clearInterval(self.beat);
      setTimeout(function () { self.open(); }, self.backoff);
      self.backoff = Math.min(self.backoff * 2, 30000);
    };
  };

  Connection.prototype.frame = function (command, headers, body) {
    var text = command + '\n';
    Object.keys(headers).forEach(function (name) { text += name + ':' + headers[name] + '\n'; });
    text += '\n' + (body || '') + '\0';
    if (this.socket.readyState === WebSocket.OPEN) {
      this.socket.send(text);
    }
  };

  Connection.prototype.receive = function (text) {
    text = text.replace(/^[\r\n]+/, ''); // heart-beats are bare newlines
    if (!text) {
      return;
    }
    var split = text.indexOf('\n\n');
    var head = (split < 0 ? text : text.substring(0, split)).split('\n');
    var body = split < 0 ? '' : text.substring(split + 2);
    var command = head[0];
    var headers = {};
    head.slice(1).forEach(function (line) {
      var colon = line.indexOf(':');
      if (colon > 0) {
        headers[line.substring(0, colon)] = line.substring(colon + 1);
      }
    });
    if (command === 'CONNECTED') {
      var self = this;
      this.connected = true;
      this.backoff = 1000;
      this.beat = setInterval(function () {
        if (self.socket.readyState === WebSocket.OPEN) { self.socket.send('\n'); }
      }, HEARTBEAT);
      Object.keys(this.subscriptions).forEach(function (id) {
        self.frame('SUBSCRIBE', {id: id, destination: self.subscriptions[id].destination});
      });
      this.onReady(this);
    } else if (command === 'MESSAGE') {
      var subscription = this.subscriptions[headers.subscription];
      if (subscription) {
        try {
          subscription.handler(JSON.parse(body));
        } catch (ignored) {
          // a message we cannot read is not worth breaking the page for
        }
      }
    }
  };

  Connection.prototype.subscribe = function (destination, handler) {
    var id = 'sub-' + (this.nextId++);
    this.subscriptions[id] = {destination: destination, handler: handler};
    if (this.connected) {
      this.frame('SUBSCRIBE', {id: id, destination: destination});
    }
  };

  Connection.prototype.send = function (destination, payload) {
    if (this.connected) {
      this.frame('SEND', {destination: destination, 'content-type': 'application/json'}, JSON.stringify(payload));
    }
  };

  // --- what pages show

  var me = root ? root.getAttribute('data-me') : null;
  var banner = root ? root.querySelector('.live-banner') : null;
  var bannerText = banner ? banner.querySelector('.live-banner-text') : null;

  function text(name, value) {
    var template = root.getAttribute('data-msg-' + name) || '';
    return template.split('%name%').join(value || '');
  }

  function announce(message) {
    if (!banner) {
      return;
    }
    bannerText.textContent = message;
    banner.hidden = false;
  }

  if (banner) {
    banner.querySelector('button').addEventListener('click', function () { location.reload(); });
  }

  // A new message appears in place: the conversation is fetched again and swapped in, while the
  // reply being written stays as it is. Should that fail, the banner asks for a reload.
  function refreshTimeline(fallback) {
    var current = document.querySelector('ol.timeline');
    var url = root.getAttribute('data-timeline');
    if (!current || !url || !window.fetch) {
      announce(fallback);
      return;
    }
    fetch(url, { headers: { 'Accept': 'text/html' }, credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(String(response.status));
        }
        return response.text();
      })
      .then(function (html) {
        var holder = document.createElement('div');
        holder.innerHTML = html;
        var fresh = holder.querySelector('ol.timeline');
        if (!fresh) {
          throw new Error('no timeline');
        }
        current.replaceWith(fresh);
        tell(fallback);
      })
      .catch(function () { announce(fallback); });
  }

  // read out to screen readers without the reload banner
  function tell(message) {
    var live = root.querySelector('.live-said');
    if (!live) {
      live = document.createElement('p');
      live.className = 'live-said sr-only';
      live.setAttribute('role', 'status');
      root.appendChild(live);
    }
    live.textContent = message;
  }

  function followTicket(connection) {
    var ticket = root.getAttribute('data-ticket');
    var version = parseInt(root.getAttribute('data-version') || '0', 10);
    connection.subscribe('/topic/tickets.' + ticket + '.staff', function (signal) {
      if (signal.actorId !== null && String(signal.actorId) === me) {
        return; // our own change: the page already shows it
      }
      if (signal.kind === 'updated' && signal.version > version) {
        announce(text('updated', signal.actorName));
      } else if (signal.kind === 'article') {
        refreshTimeline(text(signal.internal ? 'note' : 'article', signal.actorName));
      }
    });
    followPresence(connection, ticket);
  }

  function followPresence(connection, ticket) {
    var list = root.querySelector('.presence');
    var others = {};
    var typing = false;
    var typingTimer = null;
    var destination = '/app/tickets.' + ticket + '.presence';

    function render() {
      var now = Date.now();
      var viewing = [];
      var writing = [];
      Object.keys(others).forEach(function (id) {
        var other = others[id];
        if (now - other.at > PRESENCE_FORGET || other.state === 'left') {
          delete others[id];
        } else if (other.state === 'typing') {
          writing.push(other.name);
        } else {
          viewing.push(other.name);
        }
      });
      var parts = [];
      if (viewing.length) { parts.push(text('viewing', viewing.join(', '))); }
      if (writing.length) { parts.push(text('typing', writing.join(', '))); }
      list.textContent = parts.join(' ');
      list.hidden = parts.length === 0;
      list.classList.toggle('presence-typing', writing.length > 0);
    }

    function say(state) {
      connection.send(destination, {state: state});
    }

    connection.subscribe('/topic/tickets.' + ticket + '.presence', function (signal) {
      if (String(signal.userId) === me) {
        return;
      }
      var known = others[signal.userId];
      others[signal.userId] = {name: signal.name, state: signal.state, at: Date.now()};
      render();
      if (!known && signal.state !== 'left') {
        say(typing ? 'typing' : 'viewing'); // a newcomer learns of us without waiting for our next note
      }
    });
    say('viewing');
    setInterval(function () { say(typing ? 'typing' : 'viewing'); render(); }, PRESENCE_EVERY);

    var reply = document.getElementById('body');
    if (reply) {
      // typing in the textarea, or in the rich-text editor's area in front of it
      document.addEventListener('input', function (event) {
        if (event.target !== reply && event.target.getAttribute('data-rich-for') !== reply.id) {
          return;
        }
        if (!typing) {
          typing = true;
          say('typing');
        }
        clearTimeout(typingTimer);
        typingTimer = setTimeout(function () { typing = false; say('viewing'); }, TYPING_IDLE);
      });
    }
    window.addEventListener('pagehide', function () { say('left'); });
  }

  // The queue tabs recount (htmx listens for "atende:queue-changed") at most every few seconds, a
  // while after the first change: a busy team's stream of changes costs one recount per interval
  // and per open page, and the last change is always counted.
  var COUNTS_EVERY = 5000;
  var countsDue = null;

  function followQueue(connection) {
    (root.getAttribute('data-groups') || '').split(',').filter(Boolean).forEach(function (group) {
      connection.subscribe('/topic/groups.' + group, function () {
        announce(text('activity'));
        if (!countsDue) {
          countsDue = setTimeout(function () {
            countsDue = null;
            document.body.dispatchEvent(new CustomEvent('atende:queue-changed'));
          }, COUNTS_EVERY);
        }
      });
    });
  }

  function followRequest(connection) {
    connection.subscribe('/topic/tickets.' + root.getAttribute('data-ticket') + '.public', function () {
      refreshTimeline(text('reply'));
    });
  }

  function followNotifications(connection) {
    connection.subscribe('/topic/people.' + bell.getAttribute('data-notifications') + '.notifications', function (signal) {
      // the bell reloads its count (htmx listens for this); the signal says what, never the words
      document.body.dispatchEvent(new CustomEvent('atende:notification', {detail: signal}));
    });
  }

  var kind = root ? root.getAttribute('data-live') : null;
  var started = false;
  new Connection(function (connection) {
    if (started) {
      return; // a reconnection re-subscribes by itself
    }
    started = true;
    if (bell) {
      followNotifications(connection);
    }
    if (kind === 'ticket') {
      followTicket(connection);
    } else if (kind === 'queue') {
      followQueue(connection);
    } else if (kind === 'request') {
      followRequest(connection);
    }
  });
})();
