package main

import "fmt"

func pairs(yield func(string, int) bool) {
	_ = yield("a", 1) && yield("b", 2) && yield("c", 3)
}

type rec struct {
	name string
	n    int
}

func main() {
	var r rec
	for r.name, r.n = range pairs {
		if r.n == 2 {
			break
		}
	}
	fmt.Printf("%+v\n", r)
	m := map[string]int{}
	var k string
	for k, m["last"] = range pairs {
	}
	fmt.Println(k, m)
	arr := [3]string{}
	i := 0
	for arr[i] = range pairs {
		i++
		if i == len(arr) {
			break
		}
	}
	fmt.Println(arr, i)
	var p *int = new(int)
	for _, *p = range pairs {
	}
	fmt.Println(*p)
	// The per-iteration variables of := are fresh; = reuses the outer ones.
	var addrs []*int
	for _, v := range pairs {
		addrs = append(addrs, &v)
	}
	fmt.Println(*addrs[0], *addrs[2], addrs[0] != addrs[2])
}
