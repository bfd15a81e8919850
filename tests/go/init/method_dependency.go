package main

import "fmt"

type Config struct{ base int }

func (c Config) Scaled() int { return c.base * factor }

var cfg = Config{base: 7}
var result = cfg.Scaled() // depends on factor through the method body
var factor = initFactor()

func initFactor() int {
	fmt.Println("initFactor first")
	return 3
}

var closureVal = func() int {
	fmt.Println("closure init, result =", result)
	return result + 1
}()

func main() {
	fmt.Println(result, factor, closureVal)
}
