package main

import "fmt"

type Animal interface{ Sound() string }
type Named interface{ Name() string }

type Dog struct{ name string }
type Fish struct{}

func (d Dog) Sound() string  { return "woof" }
func (d Dog) Name() string   { return d.name }
func (Fish) Sound() string   { return "..." }

func classify(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v", x)
	case string:
		return "string of " + fmt.Sprint(len(x))
	case []int:
		return fmt.Sprint("ints ", len(x), " ", x)
	case Named:
		return "named " + x.Name()
	case Animal:
		return "animal " + x.Sound()
	case error:
		return "error " + x.Error()
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	things := []any{nil, 3, int64(4), "hello", []int{1, 2}, Dog{"rex"}, Fish{}, 2.5, map[string]int{}}
	for _, t := range things {
		fmt.Println(classify(t))
	}
	var a Animal = Dog{"fido"}
	if n, ok := a.(Named); ok {
		fmt.Println("also named", n.Name())
	}
	if _, ok := a.(Fish); !ok {
		fmt.Println("not a fish")
	}
	d := a.(Dog)
	fmt.Println(d.name, d.Sound())
	var e any = Fish{}
	n, ok := e.(Named)
	fmt.Println(n == nil, ok)
	switch a.(type) {
	case Fish:
		fmt.Println("fish")
	case Dog:
		fmt.Println("dog")
	}
}
