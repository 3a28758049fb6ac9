// A tiny static server for dist-h5 on 127.0.0.1 with SPA fallback (unknown paths get index.html).
const http = require('http')
const fs = require('fs')
const path = require('path')

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
}

function serve(root, port = 0) {
  const server = http.createServer((req, res) => {
    const url = decodeURIComponent((req.url || '/').split('?')[0])
    let file = path.normalize(path.join(root, url))
    if (!file.startsWith(root)) {
      res.writeHead(403)
      return res.end()
    }
    if (!fs.existsSync(file) || fs.statSync(file).isDirectory())
      file = path.join(root, 'index.html')
    res.writeHead(200, { 'content-type': types[path.extname(file)] || 'application/octet-stream' })
    fs.createReadStream(file).pipe(res)
  })
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => resolve(server))
  })
}

module.exports = { serve }

if (require.main === module) {
  const root = path.resolve(process.argv[2] || 'dist-h5')
  const port = Number(process.argv[3] || 10086)
  serve(root, port).then(() => console.log(`H5: http://127.0.0.1:${port}/`))
}
