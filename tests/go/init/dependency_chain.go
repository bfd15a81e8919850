package main

import "fmt"

var x = y * 2
var y = z + 1
var z = initZ()

var table = buildTable()
var tableLen = len(table)

var msg = fmt.Sprintf("%d-%d-%d", x, y, z)

func initZ() int {
	fmt.Println("initZ")
	return 5
}

func buildTable() []int {
	fmt.Println("buildTable, x =", x)
	t := make([]int, x)
	for i := range t {
		t[i] = i * i
	}
	return t
}

type T struct{ v int }

var tv = T{v: helper()}

func helper() int {
	fmt.Println("helper sees msg", msg)
	return len(msg)
}

func main() {
	fmt.Println(x, y, z, tableLen, table[3], msg, tv)
}
