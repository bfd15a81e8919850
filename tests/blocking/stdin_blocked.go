// One goroutine blocks reading standard input (a pipe nobody writes to);
// with GOMAXPROCS=1 the others must keep running: the read runs between
// entersyscall and exitsyscall, and sysmon hands the P to another M.
package main

import (
	"fmt"
	"os"
	"time"
)

func main() {
	got := make(chan string)
	go func() {
		buf := make([]byte, 64)
		n, err := os.Stdin.Read(buf)
		got <- fmt.Sprint(n, err)
	}()
	for i := 1; i <= 50; i++ {
		select {
		case s := <-got:
			fmt.Println("read returned:", s)
			return
		default:
		}
		time.Sleep(time.Millisecond)
		fmt.Println("tick", i)
	}
	fmt.Println("main done while the read still blocks")
}
