// A racy program on purpose: goroutines write interfaces, slices,
// strings and maps that others read at the same time, without any
// synchronization. Go calls this a bug in the program; minigo must still
// not crash, read outside its heap or confuse an integer with a pointer.
package main

import (
	"fmt"
	"runtime"
)

type pair struct{ a, b int }

var (
	x    any
	s    []int
	str  string
	m    = map[int]string{}
	p    *pair
	stop bool
)

func writer(id int) {
	for i := 0; !stop; i++ {
		switch i % 4 {
		case 0:
			x = i
		case 1:
			x = "text"
		case 2:
			x = pair{i, id}
		case 3:
			x = []int{i}
		}
		if i%3 == 0 {
			s = make([]int, i%50)
		} else {
			s = append(s, i)
		}
		str = fmt.Sprint(i)
		m[i%64] = str
		p = &pair{i, i}
		if i%1000 == 0 {
			runtime.Gosched()
		}
	}
}

// read looks at every shared variable once; a torn value may make it
// panic (a nil box behind a non-nil type word), which it recovers from.
func read(i int) (seen int) {
	defer func() {
		if recover() != nil {
			seen = -1
		}
	}()
	switch v := x.(type) {
	case int:
		seen += v & 1
	case string:
		seen += len(v)
	case pair:
		seen += v.a & 1
	case []int:
		seen += len(v)
	}
	t := s
	if len(t) > 0 {
		seen += t[len(t)-1] & 1
	}
	seen += len(str) + len(m[i%64])
	if q := p; q != nil {
		seen += q.b & 1
	}
	return seen
}

func main() {
	for w := 0; w < 3; w++ {
		go writer(w)
	}
	reads := 0
	for i := 0; i < 200000; i++ {
		read(i)
		reads++
		if i%1000 == 0 {
			runtime.Gosched()
		}
	}
	stop = true
	fmt.Println("survived", reads, "reads")
}
