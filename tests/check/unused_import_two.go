package main

import (
	"fmt"
	"strconv" // ERROR ".strconv. imported and not used"
	"strings" // ERROR ".strings. imported and not used"
)

func main() {
	fmt.Println(len("hello"))
}
