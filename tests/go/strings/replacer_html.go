package main

import (
	"fmt"
	"strings"
)

var htmlEscaper = strings.NewReplacer(
	`&`, "&amp;",
	`'`, "&#39;",
	`<`, "&lt;",
	`>`, "&gt;",
	`"`, "&#34;",
)

var htmlUnescaper = strings.NewReplacer(
	"&amp;", "&",
	"&lt;", "<",
	"&gt;", ">",
	"&#39;", "'",
	"&#34;", `"`,
	"&quot;", `"`,
)

// template fills {{name}} placeholders from a list of pairs.
func template(text string, vars ...string) string {
	oldnew := make([]string, 0, len(vars))
	for i := 0; i < len(vars); i += 2 {
		oldnew = append(oldnew, "{{"+vars[i]+"}}", vars[i+1])
	}
	return strings.NewReplacer(oldnew...).Replace(text)
}

func main() {
	docs := []string{
		`<a href="x">Tom & Jerry's</a>`,
		`plain text`,
		`5 > 3 && 2 < 4`,
		`"quoted" 'single'`,
		``,
	}
	for _, d := range docs {
		e := htmlEscaper.Replace(d)
		u := htmlUnescaper.Replace(e)
		fmt.Printf("%q\n  -> %q\n  -> %q round trip %v\n", d, e, u, u == d)
	}
	fmt.Println(htmlUnescaper.Replace("&amp;lt; stays &lt; once; &quot;x&quot; &unknown;"))

	page := template("<h1>{{title}}</h1><p>Hello, {{name}}! {{name}} has {{count}} messages. {{missing}}</p>",
		"title", "Inbox", "name", "Gopher", "count", "3")
	fmt.Println(page)
	fmt.Println(htmlEscaper.Replace(page))

	// Normalizing line endings with a generic replacer.
	nl := strings.NewReplacer("\r\n", "\n", "\r", "\n")
	fmt.Printf("%q\n", nl.Replace("a\r\nb\rc\n\r\nd"))
}
