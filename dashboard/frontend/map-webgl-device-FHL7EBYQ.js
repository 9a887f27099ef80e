import{a}from"./map-chunk-QWW5BY5Z.js";import"./map-chunk-ISMYGCQF.js";import"./map-chunk-T5Z24FFN.js";export{a as WebGLDevice};
