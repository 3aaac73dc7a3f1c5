package org.heapsim.heap;
