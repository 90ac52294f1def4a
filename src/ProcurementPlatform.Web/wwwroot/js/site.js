// Progressive enhancement only: every form works without script.
// "添加一行" clones the last row of a repeating table section with fresh indexes.
document.addEventListener('click', function (event) {
  var button = event.target.closest('[data-add-row]');
  if (!button) return;
  event.preventDefault();
  var body = document.getElementById(button.getAttribute('data-add-row'));
  if (!body || !body.rows.length) return;
  var last = body.rows[body.rows.length - 1];
  var index = body.rows.length;
  var copy = last.cloneNode(true);
  copy.querySelectorAll('input, select, textarea').forEach(function (input) {
    ['name', 'id'].forEach(function (attr) {
      var value = input.getAttribute(attr);
      if (value) input.setAttribute(attr, value.replace(/\[(\d+)\]/, '[' + index + ']').replace(/_(\d+)__/, '_' + index + '__'));
    });
    if (input.type === 'checkbox') input.checked = false; else if (input.tagName !== 'SELECT') input.value = '';
    input.classList.remove('input-validation-error');
  });
  copy.querySelectorAll('label[for]').forEach(function (label) {
    label.setAttribute('for', label.getAttribute('for').replace(/_(\d+)__/, '_' + index + '__'));
  });
  copy.querySelectorAll('.field-error').forEach(function (e) { e.remove(); });
  body.appendChild(copy);
});
// Guard against double submission: disable a form's buttons once it is submitted.
document.addEventListener('submit', function (event) {
  var form = event.target;
  setTimeout(function () { form.querySelectorAll('button[type=submit]').forEach(function (b) { b.disabled = true; }); }, 0);
});
