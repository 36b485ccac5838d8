/* 长者模式 (适老化): a switch in the header for larger text, higher contrast and bigger
   targets on every page. The choice is kept in localStorage and applied before the first
   paint by a line in the page head (templates/overrides/main.html); no pop-up, no reload. */
(function () {
  "use strict";
  var KEY = "planportal-elder", CLASS = "pp-elder", root = document.documentElement;
  var button = document.querySelector(".pp-elder-toggle");
  if (!button) return;

  function show(on) {
    root.classList.toggle(CLASS, on);
    button.setAttribute("aria-pressed", on ? "true" : "false");  // the label stays; the pressed state tells
  }

  show(root.classList.contains(CLASS));
  button.hidden = false;
  button.addEventListener("click", function () {
    var on = !root.classList.contains(CLASS);
    show(on);
    try {
      if (on) localStorage.setItem(KEY, "1");
      else localStorage.removeItem(KEY);
    } catch (e) { /* storage off: the switch still works on this page */ }
  });
})();
