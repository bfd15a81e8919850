package main

import "fmt"

func fill(out chan<- int, n int) {
	for i := 0; i < n; i++ {
		out <- i * i
	}
}

func drain(in <-chan int) (sum int) {
	for v := range in {
		sum += v
	}
	return
}

type Job struct {
	ID   int
	Name string
}

func main() {
	ch := make(chan int, 10)
	fmt.Println(len(ch), cap(ch))
	fill(ch, 5)
	fmt.Println(len(ch), cap(ch))
	first := <-ch
	fmt.Println(first, len(ch))
	close(ch)
	fmt.Println(drain(ch))
	fmt.Println(len(ch))
	v, ok := <-ch
	fmt.Println(v, ok)
	jobs := make(chan Job, 3)
	jobs <- Job{1, "a"}
	jobs <- Job{2, "b"}
	close(jobs)
	for j := range jobs {
		fmt.Printf("%+v\n", j)
	}
	j, ok := <-jobs
	fmt.Printf("%+v %v\n", j, ok)
	var nilCh chan string
	fmt.Println(nilCh == nil, len(nilCh), cap(nilCh))
	strs := make(chan string, 2)
	strs <- "x"
	var ro <-chan string = strs
	var wo chan<- string = strs
	wo <- "y"
	fmt.Println(<-ro, <-ro)
	fmt.Println(len(strs))
	fmt.Printf("%T %T %T\n", strs, ro, wo)
	unbufCap := make(chan bool)
	fmt.Println(cap(unbufCap), len(unbufCap))
	ptrs := make(chan *Job, 1)
	ptrs <- &Job{3, "c"}
	p := <-ptrs
	p.Name = "changed"
	fmt.Println(*p)
	q := make(chan int, 3)
	for i := 1; i <= 3; i++ {
		q <- i
	}
	for len(q) > 0 {
		fmt.Print(<-q, " ")
	}
	fmt.Println()
}
