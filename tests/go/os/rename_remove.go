package main

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"
)

var dir string

func clean(err error) string {
	if err == nil {
		return "<nil>"
	}
	return strings.ReplaceAll(err.Error(), dir, "DIR")
}

func ls(d string) string {
	es, err := os.ReadDir(d)
	if err != nil {
		return "error " + clean(err)
	}
	var names []string
	for _, e := range es {
		n := e.Name()
		if e.IsDir() {
			n += "/"
		}
		names = append(names, n)
	}
	sort.Strings(names)
	return "[" + strings.Join(names, " ") + "]"
}

func main() {
	dir, _ = os.MkdirTemp("", "minigo-rename-")
	defer os.RemoveAll(dir)
	os.WriteFile(dir+"/a", []byte("A"), 0644)
	os.WriteFile(dir+"/b", []byte("B"), 0644)
	os.Mkdir(dir+"/d", 0755)
	os.WriteFile(dir+"/d/inside", []byte("in"), 0644)
	fmt.Println("start:", ls(dir))

	fmt.Println("rename a->c:", clean(os.Rename(dir+"/a", dir+"/c")), ls(dir))
	data, _ := os.ReadFile(dir + "/c")
	fmt.Printf("c holds %q\n", data)
	fmt.Println("rename c over b:", clean(os.Rename(dir+"/c", dir+"/b")), ls(dir))
	data, _ = os.ReadFile(dir + "/b")
	fmt.Printf("b holds %q\n", data)

	err := os.Rename(dir+"/missing", dir+"/x")
	fmt.Println("rename missing:", clean(err))
	var le *os.LinkError
	if errors.As(err, &le) {
		fmt.Println("LinkError:", le.Op, strings.ReplaceAll(le.Old, dir, "DIR"), strings.ReplaceAll(le.New, dir, "DIR"), le.Err)
	}
	fmt.Println("IsNotExist:", os.IsNotExist(err), errors.Is(err, os.ErrNotExist))
	fmt.Println("rename onto dir:", clean(os.Rename(dir+"/b", dir+"/d")))
	fmt.Println("rename missing onto dir:", clean(os.Rename(dir+"/zz", dir+"/d")))
	fmt.Println("rename dir:", clean(os.Rename(dir+"/d", dir+"/e")), ls(dir), ls(dir+"/e"))
	fmt.Println("rename into missing dir:", clean(os.Rename(dir+"/b", dir+"/no/b")))

	// Remove.
	fmt.Println("remove file:", clean(os.Remove(dir+"/b")), ls(dir))
	err = os.Remove(dir + "/b")
	fmt.Println("remove again:", clean(err), os.IsNotExist(err))
	err = os.Remove(dir + "/e")
	fmt.Println("remove non-empty dir:", clean(err), os.IsExist(err), errors.Is(err, os.ErrExist))
	os.Remove(dir + "/e/inside")
	fmt.Println("remove emptied dir:", clean(os.Remove(dir+"/e")), ls(dir))
	fmt.Println("remove through a file:", clean(os.Remove(dir+"/nothing/here")))

	// RemoveAll of a tree.
	os.MkdirAll(dir+"/t/a/b/c", 0755)
	os.WriteFile(dir+"/t/f1", nil, 0644)
	os.WriteFile(dir+"/t/a/f2", nil, 0644)
	os.WriteFile(dir+"/t/a/b/c/f3", nil, 0644)
	fmt.Println("tree:", ls(dir+"/t"), ls(dir+"/t/a"))
	fmt.Println("RemoveAll tree:", clean(os.RemoveAll(dir+"/t")), ls(dir))
	fmt.Println("RemoveAll missing:", clean(os.RemoveAll(dir+"/t")))
	fmt.Println("RemoveAll empty:", clean(os.RemoveAll("")))
	fmt.Println("RemoveAll dot:", clean(os.RemoveAll(dir+"/.")))
	os.WriteFile(dir+"/single", nil, 0644)
	fmt.Println("RemoveAll file:", clean(os.RemoveAll(dir+"/single")), ls(dir))
}
