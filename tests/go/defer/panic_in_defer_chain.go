package main

import "fmt"

func cleanup(name string) {
	if r := recover(); r != nil {
		fmt.Println(name, "recovered", r)
	} else {
		fmt.Println(name, "nothing to recover")
	}
}

func work(fail bool) (status string) {
	status = "ok"
	defer cleanup("c1")
	defer func() {
		if fail {
			status = "failed"
		}
	}()
	if fail {
		var arr []int
		idx := 5
		arr[idx] = 1
	}
	return
}

func main() {
	fmt.Println(work(false))
	fmt.Println(work(true))
	var results []string
	for i := 0; i < 4; i++ {
		func() {
			defer func() {
				if r := recover(); r != nil {
					results = append(results, fmt.Sprint("e", r))
				}
			}()
			if i%2 == 1 {
				panic(i)
			}
			results = append(results, fmt.Sprint("ok", i))
		}()
	}
	fmt.Println(results)
}
