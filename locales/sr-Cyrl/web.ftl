# The web pages (crates/kampus-web); see locales/en/web.ftl.

language-name = Српски (ћирилица)
