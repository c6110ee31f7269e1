(function(){var d=document.documentElement;d.classList.add("js");try{var m=localStorage.getItem("versus-color-mode");if(m==="light"||m==="dark")d.setAttribute("data-theme",m)}catch(e){}})();
