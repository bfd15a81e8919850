package main

import "fmt"

// Reads "name age" lines with Scanln until EOF; reports bad lines.
func main() {
	for i := 1; ; i++ {
		var name string
		var age int
		n, err := fmt.Scanln(&name, &age)
		if err != nil {
			if err.Error() == "EOF" {
				fmt.Println("done at line", i)
				return
			}
			fmt.Printf("line %d: n=%d err=%v\n", i, n, err)
			if err.Error() != "unexpected newline" {
				// Skip the rest of the bad line.
				var rest string
				for {
					m, _ := fmt.Scanln(&rest)
					if m == 0 {
						break
					}
				}
			}
			continue
		}
		fmt.Printf("line %d: %s is %d\n", i, name, age)
	}
}
