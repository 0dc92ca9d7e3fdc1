package importer

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// page is what an HTML page gives: its blocks, and the <title> and
// canonical address for when the article has no heading or source.
type page struct {
	blocks []block
	title  string
	url    string
}

// skipped are elements that are never the article: scripts and styles,
// and the page's furniture by its HTML role.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Nav: true, atom.Header: true, atom.Footer: true, atom.Aside: true,
	atom.Form: true, atom.Button: true, atom.Svg: true, atom.Iframe: true,
	atom.Select: true, atom.Dialog: true, atom.Figcaption: true,
}

// furnitureWords are class, id and role words that mark page furniture.
var furnitureWords = map[string]bool{
	"nav": true, "navbar": true, "navigation": true, "menu": true, "breadcrumb": true, "breadcrumbs": true,
	"share": true, "sharing": true, "social": true, "cookie": true, "cookies": true, "consent": true,
	"sidebar": true, "footer": true, "banner": true, "byline": true, "author": true,
	"comments": true, "comment": true, "related": true, "newsletter": true, "subscribe": true,
	"advert": true, "advertisement": true, "ads": true, "contentinfo": true, "complementary": true,
	"toc": true, "promo": true, "popup": true, "modal": true,
}

// readHTML reads an HTML page. When it has an <article> or <main>, only
// that is read; furniture (navigation, headers, footers, asides, share and
// cookie boxes, by element or by class, id or role) is left out. Headings
// h1-h6 are headings, p and blockquote paragraphs, li items.
func readHTML(data []byte) (page, error) {
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return page{}, err
	}
	var p page
	if t := find(doc, func(n *html.Node) bool { return n.DataAtom == atom.Title }); t != nil {
		p.title = collapse(textOf(t))
	}
	if l := find(doc, func(n *html.Node) bool {
		return n.DataAtom == atom.Link && strings.EqualFold(attr(n, "rel"), "canonical")
	}); l != nil {
		p.url = attr(l, "href")
	}
	root := find(doc, func(n *html.Node) bool { return n.DataAtom == atom.Article })
	if root == nil {
		root = find(doc, func(n *html.Node) bool { return n.DataAtom == atom.Main })
	}
	if root == nil {
		root = doc
	}
	w := walker{inArticle: root != doc}
	w.walk(root, &p.blocks)
	return p, nil
}

// walker reads blocks. Inside an <article> or <main>, a <header> holds the
// article's own title, not the site's, and is read.
type walker struct{ inArticle bool }

// walk appends the blocks under n in document order.
func (w walker) walk(n *html.Node, out *[]block) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if (skipped[c.DataAtom] && !(w.inArticle && c.DataAtom == atom.Header)) || furniture(c) {
			continue
		}
		switch c.DataAtom {
		case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			*out = append(*out, block{kind: blockHeading, level: int(c.Data[1] - '0'), text: collapse(textOf(c))})
		case atom.P, atom.Blockquote, atom.Pre, atom.Dd, atom.Dt:
			if hasBlockChild(c) {
				w.walk(c, out)
			} else {
				*out = append(*out, block{kind: blockParagraph, text: collapse(textOf(c))})
			}
		case atom.Li:
			if hasBlockChild(c) { // an item of paragraphs: its first is the item
				var inner []block
				w.walk(c, &inner)
				if len(inner) > 0 && inner[0].kind == blockParagraph {
					inner[0].kind = blockItem
				}
				*out = append(*out, inner...)
			} else {
				*out = append(*out, block{kind: blockItem, text: collapse(textOf(c))})
			}
		default:
			if c.DataAtom == atom.Div && !hasBlockChild(c) {
				if t := collapse(textOf(c)); t != "" {
					*out = append(*out, block{kind: blockParagraph, text: t})
				}
				continue
			}
			w.walk(c, out)
		}
	}
}

// furniture reports whether an element's class, id or role marks it as
// page furniture ("share-buttons", "cookie-banner", role="navigation").
func furniture(n *html.Node) bool {
	for _, key := range []string{"class", "id", "role"} {
		for _, w := range strings.FieldsFunc(strings.ToLower(attr(n, key)), func(r rune) bool {
			return r == ' ' || r == '-' || r == '_'
		}) {
			if furnitureWords[w] {
				return true
			}
		}
	}
	return false
}

// blockElements hold blocks of their own: an element with one of them
// inside is walked, not read as one paragraph.
var blockElements = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Ul: true, atom.Ol: true, atom.Li: true, atom.Section: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Blockquote: true, atom.Table: true, atom.Article: true, atom.Main: true,
}

func hasBlockChild(n *html.Node) bool {
	return find(n, func(c *html.Node) bool { return c != n && blockElements[c.DataAtom] }) != nil
}

// textOf is the text under n, skipping scripts and furniture; <br> is a
// space (paragraphs are joined into one line anyway).
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			b.WriteString(n.Data)
		case n.Type == html.ElementNode && (skipped[n.DataAtom] || furniture(n)):
			return
		case n.Type == html.ElementNode && n.DataAtom == atom.Br:
			b.WriteString(" ")
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// find returns the first node under n (n included) for which ok holds.
func find(n *html.Node, ok func(*html.Node) bool) *html.Node {
	if ok(n) {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := find(c, ok); f != nil {
			return f
		}
	}
	return nil
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}
