package main

import "fmt"

type Config struct {
	Name  string
	Ports []int
	Opts  map[string]bool
}

func main() {
	c := new(Config)
	fmt.Printf("%+v %v %v\n", *c, c.Ports == nil, c.Opts == nil)
	c.Ports = make([]int, 2, 4)
	c.Opts = make(map[string]bool)
	c.Opts["v"] = true
	fmt.Printf("%+v\n", *c)
	pi := new(int)
	ps := new(string)
	pb := new(bool)
	pf := new(float64)
	pa := new([3]int)
	fmt.Println(*pi, *ps == "", *pb, *pf, *pa)
	pa[1] = 5
	fmt.Println(pa[1], len(pa))
	ch := make(chan string, 3)
	ch <- "x"
	fmt.Println(len(ch), cap(ch))
	m := make(map[[2]int]string, 10)
	m[[2]int{1, 2}] = "pair"
	fmt.Println(m)
	pp := new(*int)
	fmt.Println(*pp == nil)
	*pp = pi
	**pp = 9
	fmt.Println(*pi)
}
