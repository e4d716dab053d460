(function () {
  "use strict";
  var text = document.getElementById("qk-text");
  if (!text) { return; }
  var boxes = Array.prototype.slice.call(document.querySelectorAll("input[data-toggle]"));

  // Layer toggles: a class "on-L3" on the text turns layer L3's highlight on.
  function sync(box) { text.classList.toggle("on-" + box.getAttribute("data-toggle"), box.checked); }
  boxes.forEach(function (box) {
    sync(box);  // the browser may have restored a different checkbox state
    box.addEventListener("change", function () { sync(box); });
  });
  Array.prototype.forEach.call(document.querySelectorAll("button[data-all]"), function (button) {
    button.addEventListener("click", function () {
      var on = button.getAttribute("data-all") === "1";
      boxes.forEach(function (box) { if (!box.disabled) { box.checked = on; sync(box); } });
    });
  });

  // Hover: outline every segment of the spans under the pointer (layers that are on).
  var hot = [];
  function clear() { hot.forEach(function (el) { el.classList.remove("hot"); }); hot = []; }
  function segmentsOf(id) { return text.querySelectorAll('[data-spans~="' + id + '"]'); }
  text.addEventListener("mouseover", function (event) {
    clear();
    var seg = event.target.closest ? event.target.closest("[data-spans]") : null;
    if (!seg) { return; }
    (seg.getAttribute("data-spans") || "").split(" ").forEach(function (id) {
      if (!id || !text.classList.contains("on-" + id.split("-")[0])) { return; }
      Array.prototype.forEach.call(segmentsOf(id), function (el) { el.classList.add("hot"); hot.push(el); });
    });
  });
  text.addEventListener("mouseleave", clear);

  // Lists: a row jumps to its span in the text.
  // A row may name several spans ("L3-0 L3-7": every mention of an entity): all flash.
  function jump(row) {
    var found = [];
    (row.getAttribute("data-target") || "").split(" ").forEach(function (id) {
      if (id) { Array.prototype.push.apply(found, segmentsOf(id)); }
    });
    if (!found.length) { return; }
    found[0].scrollIntoView({ behavior: "smooth", block: "center" });
    found.forEach(function (el) {
      el.classList.remove("flash");
      void el.offsetWidth;
      el.classList.add("flash");
    });
  }
  Array.prototype.forEach.call(document.querySelectorAll("[data-target]"), function (row) {
    row.addEventListener("click", function () { jump(row); });
    row.addEventListener("keydown", function (event) { if (event.key === "Enter") { jump(row); } });
  });
})();
