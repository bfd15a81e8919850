package main

import (
	"errors"
	"fmt"
	"strings"
)

// recorder records each Write call.
type recorder struct {
	calls []string
}

func (w *recorder) Write(p []byte) (int, error) {
	w.calls = append(w.calls, string(p))
	return len(p), nil
}

// failAfter fails once it holds n bytes.
type failAfter struct {
	buf strings.Builder
	n   int
}

func (w *failAfter) Write(p []byte) (int, error) {
	if w.buf.Len()+len(p) > w.n {
		k := w.n - w.buf.Len()
		w.buf.Write(p[:k])
		return k, errors.New("disk full")
	}
	w.buf.Write(p)
	return len(p), nil
}

func main() {
	replacers := []*strings.Replacer{
		strings.NewReplacer("a", "b"),              // byte
		strings.NewReplacer("a", "xyz", "b", ""),   // byte-string
		strings.NewReplacer("abc", "[abc]"),        // single string
		strings.NewReplacer("ab", "1", "abc", "2"), // generic
		strings.NewReplacer("", "."),               // generic, empty old
	}
	inputs := []string{"", "abcabc", "zzz", "aabbcc"}
	for i, r := range replacers {
		for _, in := range inputs {
			var sb strings.Builder
			n, err := r.WriteString(&sb, in)
			fmt.Printf("%d %q: %d %v %q (Replace: %q)\n", i, in, n, err, sb.String(), r.Replace(in))
		}
	}

	// A plain io.Writer gets the pieces.
	rec := &recorder{}
	n, err := strings.NewReplacer("<", "&lt;", ">", "&gt;").WriteString(rec, "a<b>c")
	fmt.Printf("%d %v %q\n", n, err, rec.calls)

	// Errors stop the writing and come back with the count.
	for i, r := range replacers[:4] {
		fw := &failAfter{n: 5}
		n, err := r.WriteString(fw, "abcabcabcabc")
		fmt.Printf("fail %d: %d %v %q\n", i, n, err, fw.buf.String())
	}
}
