// Article page: hovering or focusing (Tab) a number lights the mention its subject was
// attributed to and the label of its period, wherever they are in the text, and shows its
// title (measure, value, subject, period, the rules that decided them) in the caption at the
// bottom of the window.
// plugins/pages.py marks both: data-subject / data-period on a number name the key that the
// data-mention of every piece of that mention lists.
document.addEventListener("DOMContentLoaded", () => {
  const body = document.querySelector(".article-body");
  const caption = document.getElementById("evidence-caption");
  if (!body || !caption) return;
  let lit = [];

  const light = (selector, name) => {
    for (const element of body.querySelectorAll(selector)) {
      element.classList.add(name);
      lit.push([element, name]);
    }
  };
  const show = (number) => {
    for (const [element, name] of lit) element.classList.remove(name);
    lit = [];
    caption.textContent = number ? number.title : "";
    if (!number) return;
    light(`[data-metric="${number.dataset.metric}"]`, "hl-active");
    if (number.dataset.subject) light(`[data-mention~="${number.dataset.subject}"]`, "hl-subject-on");
    if (number.dataset.period) light(`[data-mention~="${number.dataset.period}"]`, "hl-period-on");
  };
  const numberAt = (element) => (element && element.closest ? element.closest("[data-metric]") : null);

  body.addEventListener("mouseover", (event) => {
    const number = numberAt(event.target);
    if (number) show(number);
  });
  // Leaving a number goes back to the focused one, if any.
  body.addEventListener("mouseout", (event) => {
    if (numberAt(event.target) && !numberAt(event.relatedTarget)) show(numberAt(document.activeElement));
  });
  body.addEventListener("focusin", (event) => show(numberAt(event.target)));
  body.addEventListener("focusout", () => show(null));
});
