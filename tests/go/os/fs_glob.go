package main

import (
	"fmt"
	"io/fs"
	"os"
	"strings"
)

func main() {
	dir, _ := os.MkdirTemp("", "minigo-glob-")
	defer os.RemoveAll(dir)
	for _, n := range []string{"a.go", "b.go", "c.txt", "x/y.go", "x/z.txt", "x/w/v.go", "[lit].go", "héllo.go", ".hidden"} {
		if i := strings.LastIndex(n, "/"); i >= 0 {
			os.MkdirAll(dir+"/"+n[:i], 0755)
		}
		os.WriteFile(dir+"/"+n, nil, 0644)
	}
	fsys := os.DirFS(dir)
	for _, pat := range []string{
		"*.go", "*", "x/*", "*/*.go", "?.go", "[ab].go", "[^a].go", "[a-b].go",
		"\\[lit\\].go", "h?llo.go", "h*", "x/w/*", "*/*/*", "nomatch*", "c.txt",
		"missing.txt", ".*", "*.[gt][ox]*", "[", "a[", "x/[", "*.[", "\\", "[]a]", "[a-]",
		"x/*/v.go", "*/z.txt",
	} {
		m, err := fs.Glob(fsys, pat)
		fmt.Printf("Glob(%q) = %q %v\n", pat, m, err)
	}
	sub, _ := fs.Sub(fsys, "x")
	m, err := fs.Glob(sub, "*")
	fmt.Printf("Glob in Sub: %q %v\n", m, err)
}
