// factextract HTML view: show the type filter and hide or show each fact type's highlights.
(function () {
  var form = document.getElementById("filter");
  if (!form) return;
  form.hidden = false;
  form.addEventListener("change", function (event) {
    var box = event.target;
    if (box && box.dataset && box.dataset.type) {
      document.body.classList.toggle("hide-" + box.dataset.type, !box.checked);
    }
  });
  document.documentElement.setAttribute("data-js", "on");
})();
