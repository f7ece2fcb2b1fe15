/* The header's account menu is a <details>: it opens and closes from its button without this
   script. With it, Escape closes the menu and gives the focus back to the button, and a click
   outside the menu, or the focus moving on past it, closes it too. */
(() => {
  "use strict";
  const openMenus = () => document.querySelectorAll("details.account-menu[open]");

  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || event.defaultPrevented) return;
    for (const menu of openMenus()) {
      const focus = document.activeElement;
      const focusWasInside = !focus || focus === document.body || menu.contains(focus);
      menu.open = false;
      if (focusWasInside) menu.querySelector("summary").focus();
      event.preventDefault();
    }
  });

  document.addEventListener("click", (event) => {
    for (const menu of openMenus()) {
      if (!menu.contains(event.target)) menu.open = false;
    }
  });

  document.addEventListener("focusout", (event) => {
    const menu = event.target.closest && event.target.closest("details.account-menu[open]");
    // relatedTarget is null when the focus goes nowhere (a click on the page): the click closes it.
    if (menu && event.relatedTarget && !menu.contains(event.relatedTarget)) menu.open = false;
  });
})();
