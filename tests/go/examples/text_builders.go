package main

import (
	"fmt"
	"strings"
)

type Table struct {
	headers []string
	rows    [][]string
}

func (t *Table) Add(cells ...string) { t.rows = append(t.rows, cells) }

func (t *Table) Render() string {
	widths := make([]int, len(t.headers))
	for i, h := range t.headers {
		widths[i] = len(h)
	}
	for _, r := range t.rows {
		for i, c := range r {
			widths[i] = max(widths[i], len(c))
		}
	}
	var b strings.Builder
	line := func(cells []string) {
		for i, c := range cells {
			if i > 0 {
				b.WriteString(" | ")
			}
			fmt.Fprintf(&b, "%-*s", widths[i], c)
		}
		b.WriteByte('\n')
	}
	line(t.headers)
	for i, w := range widths {
		if i > 0 {
			b.WriteString("-+-")
		}
		b.WriteString(strings.Repeat("-", w))
	}
	b.WriteByte('\n')
	for _, r := range t.rows {
		line(r)
	}
	return b.String()
}

func indentLines(s, prefix string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	for i, l := range lines {
		lines[i] = prefix + l
	}
	return strings.Join(lines, "\n")
}

func wrap(text string, width int) []string {
	var out []string
	var cur strings.Builder
	for _, w := range strings.Fields(text) {
		if cur.Len() > 0 && cur.Len()+1+len(w) > width {
			out = append(out, cur.String())
			cur.Reset()
		}
		if cur.Len() > 0 {
			cur.WriteByte(' ')
		}
		cur.WriteString(w)
	}
	if cur.Len() > 0 {
		out = append(out, cur.String())
	}
	return out
}

func main() {
	t := &Table{headers: []string{"name", "qty", "price"}}
	t.Add("apple", "3", "1.25")
	t.Add("watermelon", "1", "4.00")
	t.Add("fig", "12", "0.30")
	fmt.Print(t.Render())
	fmt.Println(indentLines("a\nb\nc\n", "> "))
	for i, l := range wrap("the quick brown fox jumps over the lazy dog and keeps running far away", 16) {
		fmt.Printf("%2d %-16s|\n", i, l)
	}

	// Builder growth and reuse.
	var b strings.Builder
	b.Grow(64)
	for i := range 10 {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprint(&b, i*i)
	}
	fmt.Println(b.String(), b.Len())
	// Byte slices as builders.
	buf := []byte("x=")
	buf = append(buf, fmt.Sprint(42)...)
	buf = append(buf, ';')
	buf = append(buf, fmt.Sprintf("y=%d;", 7)...)
	fmt.Println(string(buf))
	// Sprintf-driven layout.
	rows := [][2]interface{}{{"alpha", 1.5}, {"beta", 22.25}, {"gamma", 333.125}}
	for _, r := range rows {
		fmt.Println(fmt.Sprintf("%8s:%10.3f:", r[0], r[1]))
	}
	fmt.Println(strings.Repeat("=", 20))
	fmt.Printf("%s\n", strings.Join([]string{"[", strings.Repeat("#", 7), strings.Repeat(".", 3), "]"}, ""))
}
