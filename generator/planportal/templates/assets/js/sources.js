/* The first page of a long original text split by plan (sources/<stem>/): an address made
   before the split, such as sources/<stem>/#L900, is sent on to the page holding line 900. */
(function () {
  "use strict";
  var box = document.querySelector("[data-pp-parts]");
  var m = /^#L(\d+)$/.exec(location.hash);
  if (!box || !m || document.getElementById("L" + m[1])) return;
  var line = Number(m[1]), target = null;
  JSON.parse(box.getAttribute("data-pp-parts")).forEach(function (part) {
    if (line >= part[0]) target = part[1];
  });
  if (target) location.replace(box.getAttribute("data-pp-root") + target + location.hash);
})();
