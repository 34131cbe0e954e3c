-- A pandoc Lua filter for reports converted to HTML: a link to another report ("control.md",
-- "governance.md#sources", "../stargate/voting-power.md") is rewritten to the HTML file the same
-- conversion makes of it ("control.html", ...). Links with a scheme (https:, mailto:) and
-- in-page links ("#sources") are left as they are. Used by tools/render-html.sh and
-- tools/check-rendered-reports.sh.
function Link(link)
  local target = link.target
  if target:match('^%a[%w+.-]*:') or target:sub(1, 1) == '#' then
    return nil
  end
  local path, fragment = target:match('^([^#]*)(.*)$')
  if path:match('%.md$') then
    link.target = path:sub(1, -4) .. '.html' .. fragment
    return link
  end
  return nil
end
