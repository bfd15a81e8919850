package main

import (
	"fmt"
	"os"
	"strings"
)

var dir string

func clean(err error) string {
	if err == nil {
		return "<nil>"
	}
	return strings.ReplaceAll(err.Error(), dir, "DIR")
}

func main() {
	start, err := os.Getwd()
	fmt.Println("Getwd:", err, start != "", strings.HasPrefix(start, "/"))
	dir, _ = os.MkdirTemp("", "minigo-chdir-")
	defer os.RemoveAll(dir)
	os.Mkdir(dir+"/inner", 0755)

	fmt.Println("Chdir:", clean(os.Chdir(dir)))
	wd, _ := os.Getwd()
	fmt.Println("now in the temp dir:", strings.HasSuffix(wd, dir[strings.LastIndex(dir, "/"):]))

	// Relative names are relative to the new directory.
	fmt.Println("write relative:", clean(os.WriteFile("rel.txt", []byte("relative"), 0644)))
	data, err := os.ReadFile(dir + "/rel.txt")
	fmt.Printf("read absolute: %q %s\n", data, clean(err))
	fi, err := os.Stat("./rel.txt")
	fmt.Println("stat relative:", fi.Name(), fi.Size(), clean(err))

	fmt.Println("Chdir inner:", clean(os.Chdir("inner")))
	fmt.Println("write in inner:", clean(os.WriteFile("x", []byte("1"), 0644)))
	data, _ = os.ReadFile("../rel.txt")
	fmt.Printf("parent file: %q\n", data)
	wd, _ = os.Getwd()
	fmt.Println("in inner:", strings.HasSuffix(wd, "/inner"))
	fmt.Println("Chdir ..:", clean(os.Chdir("..")))
	entries, _ := os.ReadDir(".")
	for _, e := range entries {
		fmt.Println("entry:", e.Name(), e.IsDir())
	}
	entries, _ = os.ReadDir("inner")
	fmt.Println("inner entries:", len(entries), entries[0].Name())

	fmt.Println("Chdir to file:", clean(os.Chdir("rel.txt")))
	fmt.Println("Chdir missing:", clean(os.Chdir("missing")))
	f, _ := os.Open("inner")
	fmt.Println("File.Chdir:", clean(f.Chdir()))
	f.Close()
	_, err = os.Stat("x")
	fmt.Println("x is here:", err == nil)
	fmt.Println("Chdir back:", os.Chdir(start))
	wd, _ = os.Getwd()
	fmt.Println("back:", wd == start)
	_, err = os.Stat("rel.txt")
	fmt.Println("rel.txt not here:", os.IsNotExist(err))
}
