package main

import "fmt"

type JSON interface{}

type Dir struct {
	Name    string
	Files   []string
	Subdirs []*Dir
}

func (d *Dir) Count() (dirs, files int) {
	dirs, files = 1, len(d.Files)
	for _, s := range d.Subdirs {
		sd, sf := s.Count()
		dirs += sd
		files += sf
	}
	return
}

func (d *Dir) Print(indent string) {
	fmt.Println(indent + d.Name + "/")
	for _, s := range d.Subdirs {
		s.Print(indent + "  ")
	}
	for _, f := range d.Files {
		fmt.Println(indent + "  " + f)
	}
}

type StateFn func(int) (StateFn, string)

func even(n int) (StateFn, string) {
	if n == 0 {
		return nil, "even"
	}
	return odd, "e"
}

func odd(n int) (StateFn, string) {
	if n == 0 {
		return nil, "odd"
	}
	return even, "o"
}

type Matrix [][]float64
type Nested map[string]Nested

func main() {
	root := &Dir{Name: "root", Files: []string{"a.txt"}, Subdirs: []*Dir{
		{Name: "src", Files: []string{"main.go", "util.go"}, Subdirs: []*Dir{{Name: "internal", Files: []string{"x.go"}}}},
		{Name: "docs"},
	}}
	root.Print("")
	fmt.Println(root.Count())
	out := ""
	n := 5
	for fn := StateFn(even); fn != nil; n-- {
		var s string
		fn, s = fn(n)
		out += s
	}
	fmt.Println(out)
	nest := Nested{"a": {"b": {"c": nil}}, "d": {}}
	fmt.Println(nest, len(nest["a"]["b"]))
}
