package main

import "fmt"

// Reads "x,y op" records with Scanf.
func main() {
	for {
		var x, y int
		var op string
		n, err := fmt.Scanf("%d,%d %s\n", &x, &y, &op)
		if err != nil {
			fmt.Println("end:", n, err)
			break
		}
		switch op {
		case "add":
			fmt.Println(x, "+", y, "=", x+y)
		case "mul":
			fmt.Println(x, "*", y, "=", x*y)
		default:
			fmt.Println("unknown op", op)
		}
	}
	var rest string
	n, err := fmt.Scanf("%s", &rest)
	fmt.Println(n, err, rest)
}
