/* Keyboard shortcuts, the claim shown inside its article, and what htmx actions did.
 *
 * Shortcuts act on elements the server marks with data-shortcut, so a page offers only what it
 * has: j/→ next, k/← previous, n take next, e add evidence, / search, ? this help.
 * After an htmx action, focus moves to the heading of the panel acted on (not the page's top)
 * and the result is read out through the live region #announcer.
 */
(function () {
  "use strict";

  function marked(name) {
    return document.querySelector('[data-shortcut="' + name + '"]');
  }

  function isTyping(element) {
    return element && (element.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(element.tagName));
  }

  function showClaimInArticle() {
    var mark = document.getElementById("claim-in-article");
    var box = mark && mark.closest(".article");
    if (!box || !mark.textContent) return;
    // Scroll the article box only (not the page): the claim a third of the way down.
    box.scrollTop = Math.max(0, mark.offsetTop - box.clientHeight / 3);
  }

  function announce(text) {
    var region = document.getElementById("announcer");
    if (!region || !text) return;
    region.textContent = "";
    // A fresh text node after a pause makes screen readers speak a message repeated verbatim.
    window.setTimeout(function () { region.textContent = text; }, 50);
  }

  function openHelp() {
    var help = document.getElementById("shortcuts-help");
    if (help && !help.open) help.showModal();
  }

  function moveInList(step) {
    var target = marked(step > 0 ? "next" : "previous");
    if (target) { window.location.assign(target.href); return; }
    // In a queue: move focus from row to row.
    var rows = Array.prototype.slice.call(document.querySelectorAll("a.claim-link"));
    if (!rows.length) return;
    var index = rows.indexOf(document.activeElement);
    var next = index === -1 ? (step > 0 ? 0 : rows.length - 1) : Math.min(rows.length - 1, Math.max(0, index + step));
    rows[next].focus();
  }

  function search() {
    var field = marked("search");
    if (field) { field.focus(); return; }
    var back = marked("back");
    if (back) window.location.assign(back.href + "#search");
  }

  var actions = {
    j: function () { moveInList(1); },
    ArrowRight: function () { moveInList(1); },
    k: function () { moveInList(-1); },
    ArrowLeft: function () { moveInList(-1); },
    n: function () { var button = marked("take-next"); if (button) button.click(); },
    e: function () { var field = marked("evidence"); if (field) { field.focus(); field.scrollIntoView({ block: "center" }); } },
    "/": search,
    "?": openHelp,
  };

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    if (isTyping(event.target) || document.querySelector("dialog[open]")) return;
    // Arrows keep scrolling what they scroll (the article, a wide table).
    if (event.key.indexOf("Arrow") === 0 && event.target.closest && event.target.closest(".article, .table-wrap")) return;
    var action = actions[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  });

  document.addEventListener("click", function (event) {
    if (event.target.closest && event.target.closest('[data-shortcut="help"]')) openHelp();
  });

  function focusOn(element) {
    if (!element.hasAttribute("tabindex")) element.setAttribute("tabindex", "-1");
    element.focus();
  }

  var actedOn = null;
  var focusWasInTarget = false;
  document.addEventListener("htmx:beforeRequest", function (event) {
    var target = event.detail.target;
    // Only an action on the workspace says which panel to focus: the teamwork panel, which loads
    // itself inside the swapped workspace, must not overwrite it before the workspace settles.
    if (target && target.id === "workspace") {
      var panel = event.detail.elt.closest && event.detail.elt.closest("section[aria-labelledby]");
      actedOn = panel ? panel.getAttribute("aria-labelledby") : null;
      return;
    }
    focusWasInTarget = !!(target && target.contains(document.activeElement));
  });

  document.addEventListener("htmx:afterSettle", function (event) {
    var target = event.detail.target;
    if (!target || !target.id) return;
    var region = document.getElementById(target.id);
    if (!region) return;
    var status = region.querySelector('[role="alert"], [role="status"]');
    if (target.id === "workspace") {
      showClaimInArticle();
      announce(region.getAttribute("data-announce") || (status && status.textContent.trim()));
      var heading = actedOn && document.getElementById(actedOn);
      if (heading) focusOn(heading);
      return;
    }
    // Elsewhere (an approval, a promoted sentence): only when the swap took the focus away with it.
    if (!focusWasInTarget) return;
    focusWasInTarget = false;
    focusOn(region);
    if (status) announce(status.textContent.trim().replace(/\s+/g, " "));
  });

  document.addEventListener("DOMContentLoaded", function () {
    showClaimInArticle();
    if (window.location.hash === "#search") { var field = marked("search"); if (field) field.focus(); }
  });
})();
