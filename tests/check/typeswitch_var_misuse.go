package main

import "fmt"

func double(x any) any {
	switch v := x.(type) {
	case int, int64:
		return v * 2 // ERROR "invalid operation: v \* 2 \(mismatched types any and untyped int\)"
	case string:
		return v + v
	}
	return nil
}

func main() {
	fmt.Println(double(2))
}
