// A panic in a goroutine that nothing recovers ends the whole program,
// with the panicking goroutine's traceback, and exit status 2.
package main

import (
	"fmt"
	"runtime"
)

type job struct{ id int }

func (j *job) run(done *bool) {
	defer func() { *done = true }()
	if j.id == 3 {
		var m map[string]int
		m["x"] = j.id
	}
}

func main() {
	runtime.GOMAXPROCS(1)
	ok := false
	j := &job{id: 1}
	go j.run(&ok)
	for !ok {
		runtime.Gosched()
	}
	fmt.Println("job 1 done")
	bad := &job{id: 3}
	go bad.run(new(bool))
	for {
		runtime.Gosched()
	}
}
