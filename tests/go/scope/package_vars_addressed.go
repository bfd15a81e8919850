package main

import "fmt"

var table = [3]string{"zero", "one", "two"}
var counter int
var anyv any = 5
var pc = &counter

type cfg struct{ n int }

var conf cfg

func bump(p *int) { *p += 10 }

func main() {
	table[1] = "ONE"
	for i, s := range table {
		fmt.Print(i, s, " ")
	}
	fmt.Println(len(table), table)
	bump(&counter)
	*pc += 1
	fmt.Println(counter, anyv)
	c := &conf
	c.n = 7
	fmt.Println(conf.n, conf)
}
