package main

import "fmt"

func main() {
	fmt.Printf("|%5s|%-5s|%5.2s|%.0s|\n", "abc", "abc", "abc", "abc")
	fmt.Printf("|%*d|%-*d|%.*f|\n", 6, 42, 6, 42, 2, 3.14159)
	fmt.Printf("|%+5d|%-+5d|% 5d|%05d|%-05d|\n", 7, 7, 7, -7, 7)
	fmt.Printf("|%x|%#x|%08X|%#08x|% x|\n", 3054, 3054, 3054, 3054, 3054)
	fmt.Printf("|%o|%#o|%O|%b|%#b|\n", 8, 8, 8, 5, 5)
	fmt.Printf("|%e|%.2e|%12.4E|%-12.1e|\n", 12345.678, 12345.678, 12345.678, 12345.678)
	fmt.Printf("|%g|%.3g|%10g|%-10g|%+g|\n", 0.000012345, 12345.678, 1.5, 1.5, 1.5)
	fmt.Printf("|%c|%-3c|%3c|%U|%#U|\n", 'G', 'o', '!', 0x263A, 0x263A)
	fmt.Printf("|%q|%-8q|%8q|%#q|%+q|\n", "hi", "hi", "hi", "hi", "é")
	fmt.Printf("|%t|%6t|%-6t|\n", true, false, true)
	fmt.Printf("|%v|%6v|%-6v|%06v|\n", 12, 12, 12, 12)
	fmt.Printf("|%3d|%3d|\n", 12345, -12345)
	fmt.Printf("|%.3d|%6.3d|%-6.3d|%+.3d|\n", 7, 7, 7, 7)
	fmt.Printf("|%x|%X|%.2x|\n", -1, -255, 5)
	fmt.Printf("|%5.1f|%-7.2f|%07.2f|%+.1f|% .1f|\n", 3.14159, 3.14159, -3.14159, 3.0, 3.0)
	fmt.Printf("%d%%|%%d|\n", 50)
	fmt.Printf("|%8.3v|%.2v|\n", 3.14159, "abc")
	fmt.Printf("|%x|%X|\n", 3.5, -0.25)
	fmt.Printf("|%10.4q|\n", "abcdefgh")
	fmt.Printf("|%#v|%#v|\n", 1e6, 1e21)
	fmt.Printf("|%v|%v|%v|\n", 1e6, 1e21, 1e-5)
	fmt.Printf("|%.1f|%.1f|%.1f|%.1f|\n", 0.05, 0.15, 0.25, 0.35)
}
