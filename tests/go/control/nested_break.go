package main

import "fmt"

func main() {
	// break inside switch inside for only leaves the switch
	for i := 0; i < 5; i++ {
		switch {
		case i == 2:
			break
		default:
			fmt.Print(i, " ")
		}
	}
	fmt.Println()
	count := 0
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j > i {
				break
			}
			count++
		}
	}
	fmt.Println(count)
	i := 0
	for {
		i++
		switch i % 3 {
		case 0:
			continue
		case 1:
			if i > 10 {
				goto end
			}
		}
		fmt.Print(i, " ")
	}
end:
	fmt.Println("end", i)
}
