/* Before the first paint: stored theme and presenter view onto <html>. See ThemeBoot.astro and preferences.ts. */
(function () {
  var root = document.documentElement;
  function get(key) {
    try {
      return localStorage.getItem(key);
    } catch (e) {
      return null;
    }
  }
  var query = new URLSearchParams(location.search);
  var asked = query.get('present');
  var fromUrl = asked === '1' || asked === '0';
  if (fromUrl) {
    try {
      localStorage.setItem('atlasguiden.present', asked);
    } catch (e) {}
    // Stored: out of the address, or a reload would undo a later toggle.
    query.delete('present');
    var rest = query.toString();
    history.replaceState(history.state, '', location.pathname + (rest ? '?' + rest : '') + location.hash);
  }
  if ((fromUrl ? asked : get('atlasguiden.present')) === '1') root.setAttribute('data-present', '');
  var theme = get('atlasguiden.theme');
  if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);
})();
