// A small accessibility audit run in the page by PageTourBrowserTests: the body of a WebDriver
// script (hence the top-level return), answering the problems found.
// Checks what a keyboard or screen-reader user and a low-vision reader meet first: the page's
// language, names of controls, links, buttons and images, and WCAG AA text contrast.
return (function () {
  const problems = [];
  const describe = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
      (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : '') +
      ' "' + (el.textContent || el.value || '').trim().slice(0, 40) + '"';
  const visible = el => {
    const style = getComputedStyle(el);
    return style.visibility !== 'hidden' && style.display !== 'none' && el.getClientRects().length > 0 &&
        !el.closest('[hidden], dialog:not([open]), .sr-only');
  };
  const named = el => {
    if ((el.getAttribute('aria-label') || '').trim() || el.getAttribute('aria-labelledby') || (el.title || '').trim()) {
      return true;
    }
    if (el.labels && el.labels.length > 0 && Array.from(el.labels).some(l => l.textContent.trim())) {
      return true;
    }
    return false;
  };

  if (!document.documentElement.lang) {
    problems.push('html has no lang');
  }
  document.querySelectorAll('input, select, textarea').forEach(el => {
    const type = (el.getAttribute('type') || '').toLowerCase();
    if (['hidden', 'submit', 'button', 'reset', 'image'].includes(type) || !visible(el)) {
      return;
    }
    if (!named(el)) {
      problems.push('control without a label: ' + describe(el));
    }
  });
  document.querySelectorAll('a[href], button, [role=button], input[type=submit], input[type=button]').forEach(el => {
    if (!visible(el)) {
      return;
    }
    const text = (el.textContent || el.value || '').trim();
    const img = el.querySelector('img[alt]:not([alt=""]), svg[aria-label]');
    if (!text && !img && !named(el)) {
      problems.push('link or button without a name: ' + el.outerHTML.slice(0, 120));
    }
  });
  document.querySelectorAll('img').forEach(el => {
    if (!el.hasAttribute('alt')) {
      problems.push('image without alt: ' + el.src);
    }
  });

  // contrast: every visible element that holds text of its own
  const parse = c => {
    const m = c.match(/rgba?\(([^)]+)\)/);
    if (!m) {
      return null;
    }
    const p = m[1].split(/[\s,\/]+/).filter(Boolean).map(Number);
    return {r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1};
  };
  const luminance = c => {
    const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b);
  };
  const over = (top, bottom) => ({
    r: top.r * top.a + bottom.r * (1 - top.a), g: top.g * top.a + bottom.g * (1 - top.a),
    b: top.b * top.a + bottom.b * (1 - top.a), a: 1});
  const background = el => {
    const layers = [];
    for (let node = el; node && node.nodeType === 1; node = node.parentElement) {
      const bg = parse(getComputedStyle(node).backgroundColor);
      if (bg && bg.a > 0) {
        layers.push(bg);
        if (bg.a >= 1) {
          break;
        }
      }
    }
    let colour = layers.length && layers[layers.length - 1].a >= 1 ? layers.pop() : {r: 255, g: 255, b: 255, a: 1};
    while (layers.length) {
      colour = over(layers.pop(), colour);
    }
    return colour;
  };
  const seen = new Set();
  document.querySelectorAll('body *').forEach(el => {
    const ownText = Array.from(el.childNodes).some(n => n.nodeType === 3 && n.textContent.trim());
    if (!ownText || !visible(el) || el.closest('svg, canvas, [aria-hidden=true]') || el.disabled) {
      return;
    }
    const style = getComputedStyle(el);
    const fg = parse(style.color);
    if (!fg) {
      return;
    }
    const bg = background(el);
    const text = over(fg, bg);
    const l1 = luminance(text), l2 = luminance(bg);
    const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    const needed = large ? 3 : 4.5;
    if (ratio < needed) {
      const key = describe(el) + style.color + style.backgroundColor;
      if (!seen.has(key)) {
        seen.add(key);
        problems.push('contrast ' + ratio.toFixed(2) + ' < ' + needed + ': ' + describe(el) + ' ' + style.color +
            ' on rgb(' + [bg.r, bg.g, bg.b].map(Math.round).join(',') + ')');
      }
    }
  });
  return problems;
})();
