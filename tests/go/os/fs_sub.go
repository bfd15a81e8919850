package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

func main() {
	dir, _ := os.MkdirTemp("", "minigo-sub-")
	defer os.RemoveAll(dir)
	os.MkdirAll(dir+"/site/static/css", 0755)
	os.WriteFile(dir+"/site/index.html", []byte("<h1>hi</h1>"), 0644)
	os.WriteFile(dir+"/site/static/app.js", []byte("go()"), 0644)
	os.WriteFile(dir+"/site/static/css/main.css", []byte("body{}"), 0644)
	os.Symlink("index.html", dir+"/site/home")

	root := os.DirFS(dir)
	site, err := fs.Sub(root, "site")
	fmt.Println("Sub:", err)
	data, err := fs.ReadFile(site, "index.html")
	fmt.Printf("ReadFile: %q %v\n", data, err)
	_, err = fs.ReadFile(site, "nope.html")
	fmt.Println("missing:", err)
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Println("path shortened:", pe.Path)
	}
	_, err = fs.ReadFile(site, "../escape")
	fmt.Println("escape:", err)

	static, err := fs.Sub(site, "static")
	fmt.Println("Sub of Sub:", err)
	entries, err := fs.ReadDir(static, ".")
	for _, e := range entries {
		fmt.Println("  ", e)
	}
	fmt.Println(err)
	css, _ := fs.ReadFile(static, "css/main.css")
	fmt.Printf("css: %q\n", css)
	same, err := fs.Sub(static, ".")
	fmt.Println("Sub dot is itself:", same == static, err)
	_, err = fs.Sub(site, "/abs")
	fmt.Println("invalid Sub:", err)

	fi, err := fs.Stat(site, "static/app.js")
	fmt.Println("Stat:", fi.Name(), fi.Size(), err)
	li, err := fs.Lstat(site, "home")
	fmt.Println("Lstat:", li.Mode().Type(), err)
	t, err := fs.ReadLink(site, "home")
	fmt.Println("ReadLink:", t, err)
	_, err = fs.ReadLink(site, "index.html")
	fmt.Println("ReadLink of a file:", err)

	var walked []string
	fs.WalkDir(site, ".", func(p string, d fs.DirEntry, err error) error {
		walked = append(walked, p)
		return err
	})
	fmt.Println("walk:", walked)
	f, err := site.Open("static")
	fmt.Println("Open dir:", err)
	st, _ := f.Stat()
	fmt.Println(st.Name(), st.IsDir())
	f.Close()
}
