package main

import (
	"fmt"
	"time"
)

const started = time.Now() // ERROR "time.Now\(\) \(value of struct type time.Time\) is not constant"

func main() {
	fmt.Println(started)
}
